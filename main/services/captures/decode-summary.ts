import type { DecodedPayload } from '../../../shared/realtime/types.ts';
import type { DecodeStatus, StoredDecodeError } from './record-types.ts';

/** The decoder port: shared/realtime's decodeDeviceDataArray, which never throws (a bug still might). */
export type DecodePayload = (bytes: Uint8Array) => DecodedPayload;

/** The decode outcome a record stores, small enough to read without the body. */
export interface DecodeSummary {
  decode: DecodeStatus;
  error?: StoredDecodeError;
  devices: string[];
  itemCount: number;
}

/**
 * Reduces a decoder result (or the exception of a decoder bug) to what a record keeps: status, where it
 * stopped, and which devices spoke. A decoder crash is stored as `failed`, never lost.
 */
export function summarizeDecode(result: DecodedPayload | { thrown: unknown }): DecodeSummary {
  if ('thrown' in result) {
    const message = result.thrown instanceof Error ? result.thrown.message : String(result.thrown);
    const error = { code: 'decoder-failed', offset: 0, message: `The decoder failed: ${message}` };
    return { decode: 'failed', error, devices: [], itemCount: 0 };
  }
  const devices = [...new Set(result.items.map((item) => item.deviceId))];
  if (!result.error) return { decode: 'ok', devices, itemCount: result.items.length };
  const { code, offset, message } = result.error;
  return { decode: 'error', error: { code, offset, message }, devices, itemCount: result.items.length };
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
