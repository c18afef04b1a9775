import type { Lang, Localized } from '../pack/conceptPack';

export type LanguageSetting = 'auto' | Lang;

/** How much of a document's opening decides its language. */
export const LANGUAGE_SAMPLE = 20_000;

/** The language a document is mostly written in: Chinese when Han characters outweigh Latin words. */
export function documentLanguage(text: string, sample = LANGUAGE_SAMPLE): Lang | undefined {
  let han = 0;
  let latinWords = 0;
  let inWord = false;
  const n = Math.min(text.length, sample);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      inWord = false;
    } else if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      if (!inWord) latinWords++;
      inWord = true;
    } else inWord = false;
  }
  if (han === 0 && latinWords === 0) return undefined;
  // A Chinese word is about two characters.
  return han / 2 >= latinWords / 2 ? 'zh' : 'en';
}

/** The language of an interface whose locale is `uiLanguage` (vscode.env.language, e.g. 'zh-cn'): Chinese for any zh locale, else English. */
export function uiLang(uiLanguage: string): Lang {
  return uiLanguage.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** The reader's language: the setting, else the document's script, else the UI's language. */
export function readerLanguage(setting: LanguageSetting, text: string, uiLanguage: string): Lang {
  if (setting !== 'auto') return setting;
  return documentLanguage(text) ?? uiLang(uiLanguage);
}

/** A localized text in the wanted language, falling back to the other one. */
export function pick(text: Localized, lang: Lang): string {
  return text[lang] ?? text[lang === 'zh' ? 'en' : 'zh'] ?? '';
}
