import type { DecodedPayload } from '../../../shared/realtime/types.ts';
import type { DecodeStatus, StoredDecodeError } from './record-types.ts';

/** The decode outcome a record stores, small enough to read without the body. */
export interface DecodeSummary {
  decode: DecodeStatus;
  error?: StoredDecodeError;
  devices: string[];
  items: number;
}

/**
 * Reduces a decoder result (or the exception of a decoder bug) to what a record keeps: status, where it
 * stopped, and which devices spoke. A decoder crash is stored as `failed`, never lost.
 */
export function summarizeDecode(result: DecodedPayload | { thrown: unknown }): DecodeSummary {
  if ('thrown' in result) {
    const message = result.thrown instanceof Error ? result.thrown.message : String(result.thrown);
    return {
      decode: 'failed',
      error: { code: 'decoder-failed', offset: 0, message: `The decoder failed: ${message}` },
      devices: [],
      items: 0,
    };
  }
  const devices = [...new Set(result.items.map((item) => item.deviceId))];
  const summary: DecodeSummary = { decode: 'ok', devices, items: result.items.length };
  if (result.error) {
    const { code, offset, message } = result.error;
    summary.decode = 'error';
    summary.error = { code, offset, message };
  }
  return summary;
}
