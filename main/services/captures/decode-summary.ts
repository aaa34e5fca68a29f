import { columnDevices, type DeviceDataColumns } from '../../../shared/realtime/device-data-columns.ts';
import type { DecodedPayload } from '../../../shared/realtime/types.ts';
import type { DecodeStatus, StoredDecodeError } from './record-types.ts';

/** The decoder port: shared/realtime's decodeDeviceDataArray, which never throws (a bug still might). */
export interface DecodePayload {
  (bytes: Uint8Array): DecodedPayload;
  /**
   * Optional fast decode (shared/realtime's decodeDeviceDataColumns): values in typed columns, no object per
   * value, for the payloads as smart-me writes them; such a payload decodes without error or warning.
   * Undefined means: use the full decoder.
   */
  columns?(bytes: Uint8Array): DeviceDataColumns | undefined;
}

/** The decode outcome a record stores, small enough to read without the body. */
export interface DecodeSummary {
  decode: DecodeStatus;
  error?: StoredDecodeError;
  devices: readonly string[];
  itemCount: number;
}

/** The status part of a summary: ok, or where and why decoding stopped. */
export function decodeStatusOf(result: DecodedPayload): Pick<DecodeSummary, 'decode' | 'error'> {
  if (!result.error) return { decode: 'ok' };
  const { code, offset, message } = result.error;
  return { decode: 'error', error: { code, offset, message } };
}

/**
 * Reduces a decoder result (or the exception of a decoder bug) to what a record keeps: status, where it
 * stopped, and which devices spoke. A decoder crash is stored as `failed`, never lost.
 */
export function summarizeDecode(result: DecodedPayload | { thrown: unknown }): DecodeSummary {
  if ('thrown' in result) return { ...failedStatus(result.thrown), devices: [], itemCount: 0 };
  const devices = [...new Set(result.items.map((item) => item.deviceId))];
  return { ...decodeStatusOf(result), devices, itemCount: result.items.length };
}

/** The status of a payload whose decoder threw (a bug): stored as `failed`, with the exception's text. */
export function failedStatus(thrown: unknown): Pick<DecodeSummary, 'decode' | 'error'> {
  const message = thrown instanceof Error ? thrown.message : String(thrown);
  return {
    decode: 'failed',
    error: { code: 'decoder-failed', offset: 0, message: `The decoder failed: ${message}` },
  };
}

/** The summary of a payload decoded to columns (which decode without error by construction). */
export function summarizeColumns(cols: DeviceDataColumns): DecodeSummary {
  return { decode: 'ok', devices: columnDevices(cols), itemCount: cols.itemCount };
}

/** Runs the decoder, turning even a decoder bug into a stored `failed` status instead of a lost payload. */
export function decodeSafely(
  decode: DecodePayload,
  body: Uint8Array,
): { decoded?: DecodedPayload; summary: DecodeSummary } {
  try {
    const decoded = decode(body);
    return { decoded, summary: summarizeDecode(decoded) };
  } catch (thrown) {
    return { summary: summarizeDecode({ thrown }) };
  }
}
