import type { ServerResponse } from 'node:http';
import {
  decodeSafely,
  summarizeColumns,
  type DecodePayload,
  type DecodeSummary,
} from '../captures/decode-summary.ts';
import type { DeviceDataColumns } from '../../../shared/realtime/device-data-columns.ts';
import type { DecodedPayload } from '../../../shared/realtime/types.ts';
import { columnsFrame, type Frame, type FrameHead } from './frame.ts';
import type { RequestContext } from './handle-request.ts';

/*
 * One decode per webhook, before its append: the record needs the status before the 200, and the frame
 * reuses what that decode built. Payloads as smart-me writes them decode to columns (where each item and
 * its values sit in the body; no object or copy per value), so holding them while the write becomes
 * durable costs little.
 */

/** A request whose body is durably in the capture, waiting for its 200 and then its frame event. */
export interface Committed {
  res: ServerResponse;
  frame: Frame;
}

/** What the decode before the append gives: the record's status, and the columns or the full result. */
export interface EarlyDecode {
  summary: DecodeSummary;
  columns?: DeviceDataColumns;
  /** The full decoder's result, for payloads the columns decoder leaves to it (absent if it threw). */
  decoded?: DecodedPayload;
}

/**
 * Decodes a body once: to columns where the decoder has that path and the payload fits it, else with the
 * full decoder (whose errors, and even crashes, become the stored status; the body is kept either way).
 */
export function decodeEarly(decode: DecodePayload, body: Uint8Array): EarlyDecode {
  let columns;
  try {
    columns = decode.columns?.(body);
  } catch {
    columns = undefined; // a bug in the fast path: the full decoder below still decides
  }
  if (columns) return { columns, summary: summarizeColumns(columns) };
  const { decoded, summary } = decodeSafely(decode, body);
  return decoded ? { decoded, summary } : { summary };
}

/** The frame of a captured request, carrying what decodeEarly found. */
export function frameOf(head: FrameHead, early: EarlyDecode): Frame {
  if (early.columns) return columnsFrame(head, early.columns);
  const { summary, decoded } = early;
  const frame: Frame = {
    seq: head.seq,
    ms: head.ms,
    ns: head.ns,
    remote: head.remote,
    body: head.body,
    status: summary.decode,
    items: decoded?.items ?? [],
  };
  if (decoded) frame.decoded = decoded;
  if (summary.error) frame.error = summary.error;
  return frame;
}

/** Emits the frame of an answered request; runs once the whole burst of 200s went out. */
export function emitCommitted(ctx: RequestContext, { frame }: Committed): void {
  if (ctx.wantsFrames()) ctx.emit(frame);
}
