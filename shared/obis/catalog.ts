import type { Text } from './i18n.ts';
import { formatObis, obisToHex, type ObisCode } from './obis-code.ts';
import { parseObis } from './parse.ts';
import { QUANTITY_KINDS, type QuantityKindId } from './quantity-kinds.ts';
import { CATALOG_ROWS, DOCUMENTED_REALTIME, SMART_ME_CODES, type CatalogSource } from './catalog-entries.ts';

/** One known OBIS code with everything needed to name it and read its realtime value. */
export interface CatalogEntry {
  /** `A-B:C.D.E*F`. */
  code: string;
  /** 12 upper-case hex digits. */
  hex: string;
  obis: ObisCode;
  name: Text;
  kind: QuantityKindId;
  unit: string;
  realtimeUnit: string;
  /** True only where smart-me documents the realtime unit (1-0:1.8.0). */
  realtimeDocumented: boolean;
  /** Why the realtime unit is what it is, in both languages. */
  realtimeNote: Text;
  source: CatalogSource;
}

function toEntry([text, kind, en, de]: (typeof CATALOG_ROWS)[number]): CatalogEntry {
  const obis = parseObis(text);
  const { a, b, c, d, e, f } = obis;
  const code = formatObis({ a, b, c, d, e, f });
  const documented = DOCUMENTED_REALTIME[text];
  const quantity = QUANTITY_KINDS[kind];
  return {
    code,
    hex: obisToHex(obis),
    obis: { a, b, c, d, e, f },
    name: { en, de },
    kind,
    unit: quantity.unit,
    realtimeUnit: quantity.realtime.unit,
    realtimeDocumented: documented !== undefined,
    realtimeNote: documented ?? quantity.realtime.note,
    source: SMART_ME_CODES.includes(text) ? 'smart-me' : 'standard',
  };
}

const ENTRIES: readonly CatalogEntry[] = CATALOG_ROWS.map(toEntry);
const BY_HEX = new Map(ENTRIES.map((entry) => [entry.hex, entry]));

/** The whole catalog in listing order (for `meterscope obis --list` and the inspector's reference table). */
export function obisCatalog(): readonly CatalogEntry[] {
  return ENTRIES;
}

/** How a code matched the catalog: exactly, or as the same quantity on another channel or billing period. */
export interface CatalogMatch {
  entry: CatalogEntry;
  exact: boolean;
}

/**
 * Finds a code in the catalog. `1-1:1.8.0*255` (channel 1) and `1-0:1.8.0*3` (billing period 3) measure the
 * same quantity as `1-0:1.8.0*255`, so they match it with `exact: false` rather than going unnamed.
 */
export function findCatalogEntry(code: ObisCode): CatalogMatch | undefined {
  const exact = BY_HEX.get(obisToHex(code));
  if (exact) return { entry: exact, exact: true };
  const near = BY_HEX.get(obisToHex({ ...code, b: 0, f: 255 }));
  return near ? { entry: near, exact: false } : undefined;
}
