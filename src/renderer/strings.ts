/** The renderer's own labels in English and Simplified Chinese (the spec says which). */
export const STRINGS = {
  en: {
    hint: 'Move over the plot to read values; wheel or drag to zoom, shift-drag to pan, double-click to reset.',
    reset: 'Reset view',
    undefinedValue: 'undefined',
    at: 'at',
  },
  'zh-cn': {
    hint: '把鼠标移到图上读取数值；滚轮或拖动缩放，按住 Shift 拖动平移，双击复原。',
    reset: '复原视图',
    undefinedValue: '无定义',
    at: '于',
  },
} as const;

export type RendererStrings = (typeof STRINGS)['en' | 'zh-cn'];
