import { parseApiDate } from '../../shared/api/index.ts';

/**
 * An API date as a technician reads it in a table: `2026-07-25 13:05:44Z` (UTC, seconds). Unreadable
 * text is shown as it came rather than hidden; missing dates are `-`.
 */
export function displayDate(date: string | null | undefined): string {
  if (!date) return '-';
  const d = parseApiDate(date);
  return d ? `${d.toISOString().slice(0, 19).replace('T', ' ')}Z` : date;
}

/** A duration in the largest sensible unit: `45 s`, `12 min`, `5 h`, `3 d`. */
export function ageText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  if (s < 120) return `${s} s`;
  if (s < 2 * 3600) return `${Math.round(s / 60)} min`;
  if (s < 2 * 86_400) return `${Math.round(s / 3600)} h`;
  return `${Math.round(s / 86_400)} d`;
}

/** A reading with its unit, e.g. `6330.412 kWh`; `-` when there is no value. */
export function withUnit(value: number | null | undefined, unit: string | null | undefined): string {
  if (value === null || value === undefined) return '-';
  const text = Number.isInteger(value) ? String(value) : String(Number(value.toFixed(3)));
  return unit ? `${text} ${unit}` : text;
}

/** `MeterTypeElectricity` → `Electricity`: the enum member without its prefix, for narrow table columns. */
export const shortEnumName = (name: string, prefix: string) =>
  name.startsWith(prefix) ? name.slice(prefix.length) : name;
