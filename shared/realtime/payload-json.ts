import { bytesToHex } from './hex.ts';
import type { DecodedPayload, DecodeWarning, FieldSpan, PayloadErrorInfo, UnknownField } from './types.ts';

/**
 * JSON cannot hold NaN, ±Infinity, -0 or bigint, yet meters do send NaN and the decoder keeps 64-bit values
 * exact. These become strings ("NaN", "Infinity", "-Infinity", "-0", decimal digits) and bytes become hex,
 * so JSON output is lossless and the encoder reads it back.
 */
export function toJsonSafe(value: unknown): unknown {
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return 'Infinity';
    if (value === -Infinity) return '-Infinity';
    if (Object.is(value, -0)) return '-0';
    return value;
  }
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Uint8Array) return bytesToHex(value);
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === 'object' && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = toJsonSafe(v);
    return out;
  }
  return value;
}

/** A decoded value as JSON: `value` is a string only for NaN, ±Infinity and -0. */
export interface JsonDeviceValue {
  obis: string;
  obisHex: string;
  value: number | string;
}

/** A decoded item as JSON (same keys as DeviceDataItem). */
export interface JsonDeviceDataItem {
  deviceId: string;
  dateTime: string;
  dateTimeTicks: string;
  dateTimeScale: string;
  dateTimeKind: string;
  values: JsonDeviceValue[];
}

/** The JSON form of a decode: `items` always; the other keys only when they have something to say. */
export interface PayloadJson {
  items: JsonDeviceDataItem[];
  warnings?: DecodeWarning[];
  unknownFields?: UnknownField[];
  spans?: FieldSpan[];
  error?: PayloadErrorInfo;
}

/**
 * The JSON-safe form of a decode, as `meterscope decode --json` prints it and `encode` reads it. An empty
 * payload gives exactly `{"items":[]}`; spans are left out unless asked for (they are for hex views).
 */
export function payloadToJson(decoded: DecodedPayload, options: { spans?: boolean } = {}): PayloadJson {
  const out: PayloadJson = { items: toJsonSafe(decoded.items) as JsonDeviceDataItem[] };
  if (decoded.warnings.length) out.warnings = decoded.warnings;
  if (decoded.unknownFields.length) out.unknownFields = decoded.unknownFields;
  if (options.spans && decoded.spans.length) out.spans = decoded.spans;
  if (decoded.error) out.error = decoded.error;
  return out;
}
