import { pick, type Lang, type Text } from './i18n.ts';
import type { ObisCode } from './obis-code.ts';
import type { QuantityKindId } from './quantity-kinds.ts';
import {
  ANGLE_PAIR,
  ANGLE_QUANTITIES,
  ELECTRICITY_BASE,
  ELECTRICITY_MEASUREMENTS,
  ELECTRICITY_OTHER,
  INSTANT_D,
  INTEGRAL_D,
  PHASE_SUFFIX,
  type KindPair,
} from './electricity-groups.ts';
import {
  COMMON_QUANTITIES,
  FAMILY_MEASUREMENTS,
  FAMILY_QUANTITIES,
  MEDIA,
  VENDOR_SELECTORS,
  type QuantityRow,
} from './media-groups.ts';
import { BILLING_PERIODS, CHANNELS, INDEXES, TARIFFS, phraseFor, type RangeRow } from './value-ranges.ts';

/** What each value group of a code means, one short phrase per group, in the language asked for. */
export interface ObisExplanation {
  /** A: the medium (electricity, heat, water...). */
  medium: string;
  /** B: the measurement channel. */
  channel: string;
  /** C: the physical quantity (active power, voltage L1, volume...). */
  quantity: string;
  /** D: the measurement type (instantaneous, time integral, maximum...). */
  measurement: string;
  /** E: the tariff, or what E selects where it is not a tariff. */
  tariff: string;
  /** F: the billing period (255 = current value). */
  billingPeriod: string;
}

/** The explanation plus the quantity kind the structure implies, when it implies one. */
export interface ObisStructure {
  explanation: ObisExplanation;
  kind?: QuantityKindId;
}

const FALLBACK = {
  medium: { en: 'not defined by the standard', de: 'in der Norm nicht definiert' },
  quantity: { en: 'not defined for this medium', de: 'für dieses Medium nicht definiert' },
  measurement: { en: 'not defined for this quantity', de: 'für diese Messgröße nicht definiert' },
  subGroup: { en: 'sub-group of C (not a measurement type)', de: 'Untergruppe von C (keine Messart)' },
} satisfies Record<string, Text>;

type Part = { quantity: string; measurement: string; tariff: string; kind?: QuantityKindId };

const find = (rows: readonly QuantityRow[], v: number) => rows.find((r) => v >= r.from && v <= r.to);
const say = (rows: readonly RangeRow[], v: number, lang: Lang, fallback: Text) =>
  phraseFor(rows, v, lang) ?? pick(fallback, lang);
// C = 0 and 93..99 group identifiers, service entries, lists and profiles: there D and E are sub-indexes.
const isGrouping = (c: number) => c === 0 || (c >= 93 && c <= 99);
const kindFor = (kinds: KindPair | undefined, d: number) =>
  INTEGRAL_D.has(d) ? kinds?.integral : INSTANT_D.has(d) ? kinds?.instant : undefined;

function electricity({ c, d, e }: ObisCode, lang: Lang): Part {
  const grouping = isGrouping(c);
  const measurement = grouping
    ? pick(FALLBACK.subGroup, lang)
    : say(ELECTRICITY_MEASUREMENTS, d, lang, FALLBACK.measurement);
  let tariff = say(grouping ? INDEXES : TARIFFS, e, lang, FALLBACK.measurement);
  const baseRow = c >= 1 && c <= 80 ? ELECTRICITY_BASE[(c - 1) % 20] : undefined;
  if (baseRow) {
    const phase = Math.floor((c - 1) / 20);
    const suffix = pick(phase === 0 ? PHASE_SUFFIX.total : PHASE_SUFFIX.phase, lang).replace(
      '{n}',
      `${phase}`,
    );
    const quantity =
      phase === 0 && baseRow.total ? pick(baseRow.total, lang) : pick(baseRow.name, lang) + suffix;
    return { quantity, measurement, tariff, kind: kindFor(baseRow.kinds, d) };
  }
  const from = ANGLE_QUANTITIES[Math.floor(e / 10)];
  const to = ANGLE_QUANTITIES[e % 10];
  if (c === 81 && from && to) tariff = pick(ANGLE_PAIR, lang).replace('{from}', from).replace('{to}', to);
  const row = find(ELECTRICITY_OTHER, c) ?? find(COMMON_QUANTITIES, c);
  const quantity = row ? pick(row.text, lang) : pick(FALLBACK.quantity, lang);
  return { quantity, measurement, tariff, kind: kindFor(row?.kinds, d) };
}

function vendor({ c, d, e }: ObisCode, lang: Lang): Part {
  const row = find(FAMILY_QUANTITIES.vendor ?? [], c) ?? find(COMMON_QUANTITIES, c);
  const selector = c === 12 ? find(VENDOR_SELECTORS[d] ?? [], e) : undefined;
  return {
    quantity: row ? pick(row.text, lang) : pick(FALLBACK.quantity, lang),
    measurement: say(FAMILY_MEASUREMENTS.vendor ?? [], d, lang, FALLBACK.measurement),
    tariff: selector
      ? say([selector], e, lang, FALLBACK.measurement)
      : say(INDEXES, e, lang, FALLBACK.measurement),
    kind: selector?.kinds?.instant,
  };
}

function otherMedium({ c, d, e }: ObisCode, family: keyof typeof FAMILY_QUANTITIES, lang: Lang): Part {
  const row = find(FAMILY_QUANTITIES[family] ?? [], c) ?? find(COMMON_QUANTITIES, c);
  const grouping = isGrouping(c);
  const measurementRow = grouping ? undefined : find(FAMILY_MEASUREMENTS[family] ?? [], d);
  return {
    quantity: row ? pick(row.text, lang) : pick(FALLBACK.quantity, lang),
    measurement: grouping
      ? pick(FALLBACK.subGroup, lang)
      : say(FAMILY_MEASUREMENTS[family] ?? [], d, lang, FALLBACK.measurement),
    tariff: say(grouping ? INDEXES : TARIFFS, e, lang, FALLBACK.measurement),
    kind: measurementRow ? row?.kinds?.instant : undefined,
  };
}

/**
 * Explains a code group by group from the standards' tables, so even codes outside the catalog say what they
 * measure; also returns the quantity kind that structure implies (used to guess a realtime unit).
 */
export function analyseObis(code: ObisCode, lang: Lang = 'en'): ObisStructure {
  const medium = MEDIA.find((m) => m.from === code.a);
  const family = medium?.family ?? 'other';
  const part =
    family === 'electricity'
      ? electricity(code, lang)
      : family === 'vendor'
        ? vendor(code, lang)
        : otherMedium(code, family, lang);
  const explanation: ObisExplanation = {
    medium: medium ? pick(medium.text, lang) : pick(FALLBACK.medium, lang),
    channel: say(CHANNELS, code.b, lang, FALLBACK.medium),
    quantity: part.quantity,
    measurement: part.measurement,
    tariff: part.tariff,
    billingPeriod: say(BILLING_PERIODS, code.f, lang, FALLBACK.medium),
  };
  return part.kind ? { explanation, kind: part.kind } : { explanation };
}

/** The structural explanation alone: what A..F mean for this code, in English or German. */
export function explainObis(code: ObisCode, lang: Lang = 'en'): ObisExplanation {
  return analyseObis(code, lang).explanation;
}
