/** The kit speaks English and Simplified Chinese. */
export type Locale = 'en' | 'zh-cn';

/**
 * Maps a VS Code display-language tag to the kit's languages: the Simplified Chinese tags
 * (`zh-cn`, `zh-hans…`, `zh-sg`, bare `zh`) → `zh-cn`; everything else, Traditional Chinese
 * included, → `en` (the kit has no Traditional Chinese text).
 */
export function localeOf(language: string): Locale {
  const tag = language.toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-cn') || tag.startsWith('zh-hans') || tag === 'zh-sg' ? 'zh-cn' : 'en';
}
