import type { ServerResponse } from 'node:http';
import {
  decodeSafely,
  decodeStatusOf,
  failedStatus,
  summarizeOutline,
  type DecodePayload,
  type DecodeSummary,
} from '../captures/decode-summary.ts';
import type { DecodedPayload } from '../../../shared/realtime/types.ts';
import type { Frame } from './frame.ts';
import type { RequestContext } from './handle-request.ts';

/*
 * Decode status early, full decode late: the record's status is known before the 200, the frame's items
 * are decoded after it, off the answer's path.
 */

/** A request whose body is durably in the capture, waiting for its 200 and then its frame. */
export interface Committed {
  res: ServerResponse;
  /** The frame without its decoded items (added after the answer). */
  frame: Frame;
  /** Set when the body had to be decoded before the append (no outline); reused for the frame. */
  decoded: DecodedPayload | undefined;
}

/**
 * The decode status a record is stored with, before the answer: from the outline pass where it vouches for
 * the payload (nothing decoded is then held while the write becomes durable), else from the full decode,
 * whose result the frame reuses.
 */
export function summarizeEarly(
  decode: DecodePayload,
  body: Uint8Array,
): { decoded: DecodedPayload | undefined; summary: DecodeSummary } {
  let outline;
  try {
    outline = decode.outline?.(body);
  } catch {
    outline = undefined; // a bug in the outline: the full decode below still decides
  }
  if (outline) return { decoded: undefined, summary: summarizeOutline(outline) };
  const early = decodeSafely(decode, body);
  return { decoded: early.decoded, summary: early.summary };
}

/**
 * Decodes an answered request (unless that happened before its append) and emits its frame. Runs after
 * the whole burst of 200s went out, so decoding is off every request's critical path, and each decoded
 * frame is handed over at once and can die young.
 */
export function emitCommitted(ctx: RequestContext, { frame, decoded }: Committed): void {
  if (!ctx.wantsFrames()) return;
  let result = decoded;
  if (!result) {
    let status;
    try {
      result = ctx.decode(frame.body);
      status = decodeStatusOf(result);
    } catch (thrown) {
      status = failedStatus(thrown);
    }
    frame.status = status.decode;
    if (status.error) frame.error = status.error;
  }
  if (result) {
    frame.decoded = result;
    frame.items = result.items;
  }
  ctx.emit(frame);
}
