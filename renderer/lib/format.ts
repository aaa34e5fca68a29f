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

/** A UTC timestamp in local time, or `–` when absent or unreadable. */
export function formatDateTime(iso: string | null | undefined, lang: Language): string {
  if (!iso) return '–';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : dateFormats[lang].format(ms);
}

/** How long ago, in the largest sensible unit: "45 s", "12 min", "3 h", "5 d". */
export function formatAge(ms: number, lang: Language): string {
  const s = Math.max(0, Math.round(ms / 1000));
  const d = lang === 'de' ? 'T' : 'd';
  if (s < 90) return `${s} s`;
  if (s < 90 * 60) return `${Math.round(s / 60)} min`;
  if (s < 36 * 3600) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} ${d}`;
}

/** A duration in seconds the way readout intervals are written: "2 s", "1 min 40 s", "15 min", "24 h". */
export function formatSeconds(seconds: number): string {
  const total = Math.max(0, Math.round(seconds));
  const parts: string[] = [];
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) parts.push(`${h} h`);
  if (min > 0) parts.push(`${min} min`);
  if (s > 0 || parts.length === 0) parts.push(`${s} s`);
  return parts.join(' ');
}
