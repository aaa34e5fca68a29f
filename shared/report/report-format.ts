import { parseApiDate } from '../api/index.ts';

/** Report languages (kept here too so this file stands alone). */
type Lang = 'en' | 'de';

/** An API or ISO date as milliseconds since 1970; undefined when absent or unreadable. */
export function dateMs(date: string | null | undefined): number | undefined {
  if (!date) return undefined;
  const parsed = parseApiDate(date)?.getTime() ?? Date.parse(date);
  return Number.isNaN(parsed) ? undefined : parsed;
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date as people on site write it, in the report's time zone: `2026-07-25 14:05` (en) or
 * `25.07.2026 14:05` (de). Fixed patterns rather than the locale's, so a printed report reads the same on
 * every computer. Unreadable text is shown as it came; a missing date is `–`.
 */
export function formatReportDate(date: string | null | undefined, lang: Lang, timeZone: string): string {
  if (!date) return '–';
  const ms = dateMs(date);
  if (ms === undefined) return date;
  let format = dateFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    dateFormats.set(timeZone, format);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    format.formatToParts(ms).find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}`;
  return lang === 'de'
    ? `${part('day')}.${part('month')}.${part('year')} ${time}`
    : `${part('year')}-${part('month')}-${part('day')} ${time}`;
}

export { formatAge, formatSeconds } from '../fleet-checks/durations.ts';

/** A count with the language's grouping: `10,000` (en) or `10’000` (de, as in Switzerland). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-CH' : 'en-GB').format(n);
}

/** A reading with up to three decimals, as the plausibility sentences quote it. */
export function formatValue(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'de' ? 'de-CH' : 'en-GB', { maximumFractionDigits: 3 }).format(n);
}
