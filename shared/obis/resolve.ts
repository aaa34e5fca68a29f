import { analyseObis } from './explain.ts';
import type { Text } from './i18n.ts';
import { findCatalogEntry, type CatalogMatch } from './catalog.ts';
import { isObisCode, type ObisCode } from './obis-code.ts';
import { ObisParseError } from './obis-parse-error.ts';
import { parseObis } from './parse.ts';
import { QUANTITY_KINDS, type QuantityKindId } from './quantity-kinds.ts';

/** Everything known about a code before it is put into words: catalog match, kind, how sure the unit is. */
export interface ResolvedObis {
  code: ObisCode;
  /** True when the text gave only C.D.E and A=1, B=0 were assumed. */
  abAssumed: boolean;
  match?: CatalogMatch;
  kind?: QuantityKindId;
  /** True only when smart-me documents the realtime unit of exactly this code. */
  documented: boolean;
  /** Why the realtime unit is what it is. */
  realtimeNote?: Text;
}

const DERIVED: Text = {
  en: 'Not in the catalog: the unit is derived from the code structure. ',
  de: 'Nicht im Katalog: die Einheit ist aus dem Aufbau des Codes abgeleitet. ',
};

/** Accepts a code as text (any notation parseObis reads) or as value groups; refuses anything else. */
export function toObisCode(input: string | ObisCode): { code: ObisCode; abAssumed: boolean } {
  if (typeof input === 'string') {
    const { abAssumed, ...code } = parseObis(input);
    return { code, abAssumed };
  }
  if (!isObisCode(input))
    throw new ObisParseError('each value group must be an integer 0-255', JSON.stringify(input));
  const { a, b, c, d, e, f } = input;
  return { code: { a, b, c, d, e, f }, abAssumed: false };
}

/** Looks a code up in the catalog, falling back to its structure, so every caller sees the same answer. */
export function resolveObis(input: string | ObisCode): ResolvedObis {
  const { code, abAssumed } = toObisCode(input);
  const match = findCatalogEntry(code);
  if (match) {
    const { entry, exact } = match;
    const documented = exact && entry.realtimeDocumented;
    const realtimeNote = documented || exact ? entry.realtimeNote : QUANTITY_KINDS[entry.kind].realtime.note;
    return { code, abAssumed, match, kind: entry.kind, documented, realtimeNote };
  }
  const kind = analyseObis(code).kind;
  if (!kind) return { code, abAssumed, documented: false };
  const note = QUANTITY_KINDS[kind].realtime.note;
  return {
    code,
    abAssumed,
    kind,
    documented: false,
    realtimeNote: { en: DERIVED.en + note.en, de: DERIVED.de + note.de },
  };
}
