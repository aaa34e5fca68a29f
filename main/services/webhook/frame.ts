import { payloadFromColumns, type DeviceDataColumns } from '../../../shared/realtime/device-data-columns.ts';
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
  /**
   * The decoded values as columns, for payloads as smart-me writes them: the cheap way to read every value
   * of a flood. `items` and `decoded` of such a frame are built from them on first read.
   */
  columns?: DeviceDataColumns;
  /** Decoded items; when decoding stopped early, the items before the error. */
  items: DeviceDataItem[];
  /** Where and why decoding stopped (status error or failed). */
  error?: StoredDecodeError;
  /** The full decoder result (absent only when the decoder itself failed). */
  decoded?: DecodedPayload;
}

/** Where and when a frame arrived, and its place in the capture. */
export type FrameHead = Pick<Frame, 'seq' | 'ms' | 'ns' | 'remote' | 'body'>;

/**
 * The frame of a payload decoded to columns. Its `items` and `decoded` are own enumerable getters, built
 * once on first read, so spreading the frame or writing it as JSON still includes them.
 */
export function columnsFrame(head: FrameHead, columns: DeviceDataColumns): Frame {
  let payload: DecodedPayload | undefined;
  const build = () => (payload ??= payloadFromColumns(columns));
  return {
    seq: head.seq,
    ms: head.ms,
    ns: head.ns,
    remote: head.remote,
    body: head.body,
    status: 'ok',
    columns,
    get items() {
      return build().items;
    },
    get decoded() {
      return build();
    },
  };
}
