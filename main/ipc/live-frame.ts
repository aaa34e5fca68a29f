import type { LiveFrame } from '../../shared/contract/events/live-frames.ts';
import type { Frame } from '../services/webhook/frame.ts';

/**
 * A received webhook frame as the Live view's list shows it: the listener's frame without its body (the
 * detail view fetches that by `seq`), so a flood of frames stays cheap to send to the renderer.
 */
export function toLiveFrame(frame: Frame): LiveFrame {
  const error = frame.decoded?.error ?? frame.error;
  return {
    seq: frame.seq,
    receivedAt: new Date(frame.ms).toISOString(),
    remote: frame.remote,
    byteLength: frame.body.length,
    status: frame.status,
    items: frame.items,
    ...(error && { error: { code: error.code, offset: error.offset, message: error.message } }),
  };
}
