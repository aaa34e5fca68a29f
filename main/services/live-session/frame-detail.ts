import { decodeDeviceDataArray, bytesToHex, type DecodedPayload } from '../../../shared/realtime/index.ts';
import type { ObisRow } from '../../../shared/contract/calls/decoder-schemas.ts';
import { obisRows } from '../decoder/obis-rows.ts';
import type { RingEntry } from './frame-ring.ts';

/** What the frame detail shows: headers, every byte, and the full decode with byte ranges. */
export interface FrameDetail {
  seq: number;
  receivedAt: string;
  remote: string;
  headers: [string, string][];
  hex: string;
  decoded: DecodedPayload;
  /** The OBIS table of the decode: names, units and conversions (see obisRows). */
  rows: ObisRow[];
}

/**
 * A stored request decoded again in full (with byte spans, which the listener skips for speed), so the
 * detail's hex pane and tree link the same way as in the Decoder view.
 */
export function frameDetail(entry: RingEntry, lang: 'en' | 'de' = 'en'): FrameDetail {
  let decoded: DecodedPayload;
  try {
    decoded = decodeDeviceDataArray(entry.body);
  } catch (e) {
    const message = `The decoder failed: ${e instanceof Error ? e.message : String(e)}`;
    decoded = {
      items: [],
      warnings: [],
      unknownFields: [],
      spans: [],
      error: { code: 'bad-value', offset: 0, expected: 'a payload', found: '', path: '', message },
    };
  }
  return {
    seq: entry.seq,
    receivedAt: new Date(entry.ms).toISOString(),
    remote: entry.remote,
    headers: entry.headers,
    hex: bytesToHex(entry.body),
    decoded,
    rows: obisRows(decoded, lang),
  };
}
