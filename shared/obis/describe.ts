import type { CatalogSource } from './catalog-entries.ts';
import { analyseObis, type ObisExplanation } from './explain.ts';
import { pick, type Lang } from './i18n.ts';
import { formatObis, obisToHex, type ObisCode } from './obis-code.ts';
import { QUANTITY_KINDS } from './quantity-kinds.ts';
import { resolveObis } from './resolve.ts';

/** A code put into words for a technician: the catalog name where known, the structure always. */
export interface ObisDescription {
  /** `A-B:C.D.E*F`. */
  code: string;
  /** 12 upper-case hex digits. */
  hex: string;
  /** True when the catalog names this code (also for another channel or billing period of a known code). */
  known: boolean;
  /** The catalog code matched when it differs from `code` (e.g. `1-1:1.8.0*255` matches `1-0:1.8.0*255`). */
  catalogCode?: string;
  /** True when the input gave only C.D.E, so A=1 and B=0 were assumed. */
  abAssumed: boolean;
  /** Catalog name, or for unknown codes a name built from the structure. */
  name: string;
  /** The unit meters and the REST API usually show. */
  unit?: string;
  /** The physical quantity, e.g. "active energy". */
  quantity?: string;
  /** `smart-me` when the code appears in smart-me's own material. */
  source?: CatalogSource;
  /** The unit of the Realtime-API value, and whether (and why) it is an assumption. */
  realtime?: { unit: string; assumed: boolean; note: string };
  explanation: ObisExplanation;
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function structuralName(code: ObisCode, explanation: ObisExplanation): string {
  const parts = [explanation.quantity, explanation.measurement];
  if (code.e !== 0) parts.push(explanation.tariff);
  return capitalise(parts.join(', '));
}

/**
 * Describes a code in English or German: name, units, realtime unit with its honesty flag, and what each
 * value group means. Throws ObisParseError for text that is not a code.
 */
export function describeObis(code: string | ObisCode, lang: Lang = 'en'): ObisDescription {
  const resolved = resolveObis(code);
  const { explanation } = analyseObis(resolved.code, lang);
  const entry = resolved.match?.entry;
  let name = entry ? pick(entry.name, lang) : structuralName(resolved.code, explanation);
  if (entry && !resolved.match?.exact) {
    const where = [
      resolved.code.b !== 0 ? explanation.channel : '',
      resolved.code.f !== 255 ? explanation.billingPeriod : '',
    ];
    name += ` (${where.filter(Boolean).join(', ')})`;
  }
  const description: ObisDescription = {
    code: formatObis(resolved.code),
    hex: obisToHex(resolved.code),
    known: entry !== undefined,
    abAssumed: resolved.abAssumed,
    name,
    explanation,
  };
  if (entry && !resolved.match?.exact) description.catalogCode = entry.code;
  if (entry) description.source = entry.source;
  if (resolved.kind) {
    const kind = QUANTITY_KINDS[resolved.kind];
    description.unit = kind.unit;
    description.quantity = pick(kind.quantity, lang);
    description.realtime = {
      unit: kind.realtime.unit,
      assumed: !resolved.documented,
      note: resolved.realtimeNote ? pick(resolved.realtimeNote, lang) : '',
    };
  }
  return description;
}
