/** Display languages of plot and report text: English and Simplified Chinese. */
export type Locale = 'en' | 'zh-cn';

/** `zh`, `zh-cn`, `zh-CN`, `zh-Hans` → `zh-cn`; anything else → `en`. */
export function localeOf(language: string | undefined): Locale {
  return language !== undefined && language.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

/** Picks the text for a locale. */
export function pick(text: { readonly en: string; readonly 'zh-cn': string }, locale: Locale): string {
  return text[locale];
}
