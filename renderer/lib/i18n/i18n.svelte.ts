import { de } from './de.ts';
import { en, type MessageKey } from './en.ts';

/** The languages Meterscope speaks. */
export type Language = 'en' | 'de';

/** Every language picker's choices, each named in its own language (the header and Settings agree). */
export const LANGUAGES = [
  { id: 'en', name: 'English' },
  { id: 'de', name: 'Deutsch' },
] as const satisfies readonly { id: Language; name: string }[];

const catalogs: Record<Language, Record<MessageKey, string>> = { en, de };

/**
 * The current language as reactive state: every `t()` in a template re-renders when it changes, and the
 * document's `lang` follows, so screen readers switch pronunciation too.
 */
class I18n {
  language = $state<Language>('en');

  /** The text for `key` in the current language. */
  t = (key: MessageKey): string => catalogs[this.language][key];

  set(language: Language): void {
    this.language = language;
    if (typeof document !== 'undefined') document.documentElement.lang = language;
  }
}

/** The app's one i18n instance. */
export const i18n = new I18n();
