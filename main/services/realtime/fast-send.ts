import type { StreamHealth } from './stream-health.ts';
import { FAST_SEND_MS } from './stream-health.ts';

/** The API call behind fast-send (the API client's `fastSendDeviceValues`). */
export interface FastSendPort {
  fastSendDeviceValues(deviceId: string): Promise<void>;
}

/** Refused because a fast-send window for this device is still running (the vendor asks not to loop it). */
export class FastSendActiveError extends Error {
  override name = 'FastSendActiveError';
  readonly code = 'fast-send-active';
  readonly untilMs: number;

  constructor(untilMs: number, nowMs: number) {
    super(
      `Fast-send is already running for this device (${Math.ceil((untilMs - nowMs) / 1000)} s left). smart-me asks not to call it in a loop.`,
    );
    this.untilMs = untilMs;
  }
}

/**
 * Asks the cloud to make a device send every second for about 30 s, and tells stream health to expect
 * that rate (so its 1 s frames are judged against 1 s, and gaps after it against the normal interval).
 */
export async function fastSend(
  deviceId: string,
  deps: { api: FastSendPort; health: StreamHealth; clock: () => number },
): Promise<{ untilMs: number }> {
  const now = deps.clock();
  const running = deps.health.fastSendUntil(deviceId);
  if (running !== undefined) throw new FastSendActiveError(running, now);
  await deps.api.fastSendDeviceValues(deviceId);
  return { untilMs: deps.health.noteFastSend(deviceId, deps.clock(), FAST_SEND_MS) };
}
