import { pick, type Lang, type Text } from './i18n.ts';

/** A phrase for a range of one value group; `{n}` in the text becomes the value minus `offset`. */
export interface RangeRow {
  from: number;
  to: number;
  text: Text;
  offset?: number;
}

/** A single value as a range row: keeps the tables short where most rows name one value. */
export const one = (value: number, en: string, de: string): RangeRow => ({
  from: value,
  to: value,
  text: { en, de },
});

/** The phrase for a value, or undefined when no row covers it (callers add the "not defined" wording). */
export function phraseFor(rows: readonly RangeRow[], value: number, lang: Lang): string | undefined {
  const row = rows.find((r) => value >= r.from && value <= r.to);
  return row ? pick(row.text, lang).replaceAll('{n}', String(value - (row.offset ?? 0))) : undefined;
}

/** Value group B: the measurement channel. */
export const CHANNELS: readonly RangeRow[] = [
  one(0, 'no channel specified (main meter)', 'kein Kanal angegeben (Hauptzähler)'),
  { from: 1, to: 64, text: { en: 'channel {n}', de: 'Kanal {n}' } },
  {
    from: 65,
    to: 127,
    text: { en: 'utility-specific channel {n}', de: 'netzbetreiberspezifischer Kanal {n}' },
  },
  {
    from: 128,
    to: 199,
    text: { en: 'manufacturer-specific channel {n}', de: 'herstellerspezifischer Kanal {n}' },
  },
  { from: 200, to: 255, text: { en: 'reserved channel {n}', de: 'reservierter Kanal {n}' } },
];

/** Value group E where it means a tariff (rate register). */
export const TARIFFS: readonly RangeRow[] = [
  one(0, 'total (all tariffs)', 'total (alle Tarife)'),
  { from: 1, to: 63, text: { en: 'tariff {n}', de: 'Tarif {n}' } },
  { from: 64, to: 127, text: { en: 'reserved value {n}', de: 'reservierter Wert {n}' } },
  {
    from: 128,
    to: 254,
    text: { en: 'manufacturer-specific value {n}', de: 'herstellerspezifischer Wert {n}' },
  },
  one(255, 'not used', 'nicht verwendet'),
];

/** Value group E where C and D make it a plain index (identifiers, service entries, smart-me outputs). */
export const INDEXES: readonly RangeRow[] = [
  { from: 0, to: 254, text: { en: 'index {n} (not a tariff)', de: 'Index {n} (kein Tarif)' } },
  one(255, 'not used', 'nicht verwendet'),
];

/** Value group F: which billing period a stored value belongs to. */
export const BILLING_PERIODS: readonly RangeRow[] = [
  {
    from: 0,
    to: 99,
    text: { en: 'stored value, billing period {n}', de: 'gespeicherter Wert, Abrechnungsperiode {n}' },
  },
  {
    from: 101,
    to: 125,
    offset: 100,
    text: { en: 'the last {n} billing periods', de: 'die letzten {n} Abrechnungsperioden' },
  },
  one(126, 'unspecified number of recent billing periods', 'unbestimmte Zahl letzter Abrechnungsperioden'),
  {
    from: 128,
    to: 254,
    text: { en: 'manufacturer-specific value {n}', de: 'herstellerspezifischer Wert {n}' },
  },
  one(255, 'current value (no billing period)', 'aktueller Wert (keine Abrechnungsperiode)'),
];
