import { i18n, type Language } from './i18n.svelte.ts';

/** Values put into a message's `{name}` placeholders. */
export type MessageVars = Record<string, string | number>;

/** A feature's translator: the text for `key` in the current language, placeholders filled in. */
export type FeatureT<K extends string> = (key: K, vars?: MessageVars) => string;

/**
 * Lets each feature keep its own texts next to its views (renderer/features/<x>/messages.ts) instead of
 * growing the shell's catalogue. `de` must have every key of `en` (a missing translation is a compile error),
 * and reading `i18n.language` inside the returned function keeps templates reactive to language changes.
 */
export function defineMessages<K extends string>(
  en: Record<K, string>,
  de: NoInfer<Record<K, string>>,
): FeatureT<K> {
  const catalogs: Record<Language, Record<K, string>> = { en, de };
  return (key, vars) => {
    const text = catalogs[i18n.language][key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
  };
}
