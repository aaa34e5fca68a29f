import type { DecodedPayload, DeviceDataItem } from '../../../shared/realtime/types.ts';
import type { DecodeStatus, StoredDecodeError } from '../captures/record-types.ts';

/**
 * One received, durably captured and decoded webhook POST: what the CLI prints, the live view shows and
 * stream health counts. `seq` is its sequence number in the capture file, so any frame can be found again.
 */
export interface Frame {
  seq: number;
  /** Receive time: ms since 1970 plus ns within the millisecond. */
  ms: number;
  ns: number;
  remote: string;
  /** The body exactly as received. */
  body: Uint8Array;
  status: DecodeStatus;
  /** Decoded items; when decoding stopped early, the items before the error. */
  items: DeviceDataItem[];
  /** Where and why decoding stopped (status error or failed). */
  error?: StoredDecodeError;
  /** The full decoder result (absent only when the decoder itself failed). */
  decoded?: DecodedPayload;
}
