import type { Frame } from '../webhook/frame.ts';
import type { FrameSighting } from './stream-health.ts';

/** Adapts a webhook listener frame for stream health: receive time, device ids and times, decode status. */
export function sightingFromFrame(frame: Pick<Frame, 'ms' | 'items' | 'status'>): FrameSighting {
  return {
    receivedAtMs: frame.ms,
    items: frame.items.map((i) => ({ deviceId: i.deviceId, dateTime: i.dateTime })),
    decodeError: frame.status !== 'ok',
  };
}
