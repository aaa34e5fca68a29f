import type { LiveFrame } from '../../shared/contract/events/live-frames.ts';
import type { StoredDecodeError } from '../services/captures/record-types.ts';
import type { Frame } from '../services/webhook/frame.ts';

/** What the frame list needs of a received request, whether the listener just got it or a capture held it. */
export interface ReceivedFacts {
  seq: number;
  /** Receive time, ms since 1970. */
  ms: number;
  remote: string;
  body: Uint8Array;
  status: LiveFrame['status'];
  items: LiveFrame['items'];
}

/**
 * A received request as the Live view's list shows it: without its body (the detail view fetches that by
 * `seq`), so a flood of frames stays cheap to send to the renderer. One shape for live and opened frames;
 * `error` says where and why decoding stopped.
 */
export function liveFrame(facts: ReceivedFacts, error: StoredDecodeError | undefined): LiveFrame {
  return {
    seq: facts.seq,
    receivedAt: new Date(facts.ms).toISOString(),
    remote: facts.remote,
    byteLength: facts.body.length,
    status: facts.status,
    items: facts.items,
    ...(error && { error: { code: error.code, offset: error.offset, message: error.message } }),
  };
}

/** A frame the listener received, for the Live view's list (the decoder's own error wins over the summary). */
export function toLiveFrame(frame: Frame): LiveFrame {
  return liveFrame(frame, frame.decoded?.error ?? frame.error);
}

/**
 * A frame for the renderer, or how to build it: the live session hands over builders, so a frame's items
 * are built only when its batch is sent, and never for a frame dropped because the renderer fell behind.
 */
export type PendingLiveFrame = LiveFrame | (() => LiveFrame);

/** The frame a PendingLiveFrame stands for. */
export function resolveLiveFrame(frame: PendingLiveFrame): LiveFrame {
  return typeof frame === 'function' ? frame() : frame;
}
