/** The languages Meterscope speaks; technicians in the field read German as often as English. */
export type Lang = 'en' | 'de';

/** One phrase in every supported language, so data tables cannot forget a translation. */
export interface Text {
  en: string;
  de: string;
}

/** Picks the phrase for a language: one place decides, so every table reads the same way. */
export function pick(text: Text, lang: Lang): string {
  return text[lang];
}
