import type { Language } from './i18n/i18n.svelte.ts';

/**
 * Numbers, dates and ages as a technician reads them, in the UI language (de: 1.234,5; en: 1,234.5).
 * Pure functions of their inputs, so tables format the same in every view and tests need no DOM.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with at most `maxFraction` decimals; `–` for none; NaN and ±∞ spelled out as sent. */
export function formatNumber(value: number | null | undefined, lang: Language, maxFraction = 3): string {
  if (value === null || value === undefined) return '–';
  if (!Number.isFinite(value)) return String(value);
  const key = `${lang}:${maxFraction}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'de' ? 'de-CH' : 'en-GB', { maximumFractionDigits: maxFraction });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const dateFormats: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'medium' }),
  de: new Intl.DateTimeFormat('de-CH', { dateStyle: 'short', timeStyle: 'medium' }),
};

const minuteFormats: Record<Language, Intl.DateTimeFormat> = {
  en: new Intl.DateTimeFormat('en-GB', { dateStyle: 'short', timeStyle: 'short' }),
  de: new Intl.DateTimeFormat('de-CH', { dateStyle: 'short', timeStyle: 'short' }),
};

/**
 * A UTC timestamp in local time, or `–` when absent or unreadable; `minutes` leaves out the seconds (for
 * narrow table columns, with the full time in a tooltip).
 */
export function formatDateTime(
  iso: string | null | undefined,
  lang: Language,
  { minutes = false } = {},
): string {
  if (!iso) return '–';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : (minutes ? minuteFormats : dateFormats)[lang].format(ms);
}

/** Ages and readout intervals: the site report's wording (shared/fleet-checks/durations.ts). */
export { formatAge, formatSeconds } from '../../shared/fleet-checks/durations.ts';
