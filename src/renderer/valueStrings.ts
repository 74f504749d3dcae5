/** The value renderer's few words in English and Simplified Chinese (the view says which). */
export const VALUE_STRINGS = {
  en: {
    full: 'Full precision:',
    entries: (n: number) => `${n} entries`,
    matrix: (rows: number, columns: number) => `${rows}×${columns} matrix`,
    outdated: 'This value was shown by a different version of Activation Lab; run the cell again to show it.',
  },
  'zh-cn': {
    full: '完整精度：',
    entries: (n: number) => `共 ${n} 项`,
    matrix: (rows: number, columns: number) => `${rows}×${columns} 矩阵`,
    outdated: '此结果来自其他版本的 Activation Lab；请重新运行该单元格。',
  },
} as const;

export type ValueStrings = (typeof VALUE_STRINGS)['en' | 'zh-cn'];

export function valueStrings(locale: string | undefined): ValueStrings {
  return locale?.toLowerCase().startsWith('zh') ? VALUE_STRINGS['zh-cn'] : VALUE_STRINGS.en;
}
