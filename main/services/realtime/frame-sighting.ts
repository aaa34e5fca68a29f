import type { Frame } from '../webhook/frame.ts';
import type { FrameSighting } from './stream-health.ts';

/**
 * Adapts a webhook listener frame for stream health: receive time, device ids and times, decode status.
 * Reads a frame's columns where it has them, so no item objects are built for health alone.
 */
export function sightingFromFrame(frame: Pick<Frame, 'ms' | 'items' | 'status' | 'columns'>): FrameSighting {
  const cols = frame.columns;
  return {
    receivedAtMs: frame.ms,
    items: cols
      ? cols.deviceIds.map((deviceId, i) => ({ deviceId, timeMs: cols.timeMs[i] as number }))
      : frame.items.map((i) => ({ deviceId: i.deviceId, dateTime: i.dateTime })),
    decodeError: frame.status !== 'ok',
  };
}
