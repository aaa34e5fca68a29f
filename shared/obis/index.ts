/**
 * OBIS codes for Meterscope: parse any notation, format, name from the catalog (EN/DE), read realtime values
 * in their units (honest about assumptions), and explain unknown codes from their structure.
 */
export { ObisParseError } from './obis-parse-error.ts';
export { formatObis, isObisCode, obisFromBytes, obisToBytes, obisToHex, type ObisCode } from './obis-code.ts';
export { parseObis, tryParseObis, type ObisParseResult, type ParsedObis } from './parse.ts';
export { describeObis, type ObisDescription } from './describe.ts';
export { explainObis, type ObisExplanation } from './explain.ts';
export { realtimeReadings, type RealtimeReading } from './readings.ts';
export { findCatalogEntry, obisCatalog, type CatalogEntry, type CatalogMatch } from './catalog.ts';
export type { CatalogSource } from './catalog-entries.ts';
export type { QuantityKindId } from './quantity-kinds.ts';
export type { Lang } from './i18n.ts';
