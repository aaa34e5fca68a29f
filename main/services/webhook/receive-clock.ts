import type { ReceiveTime } from '../captures/receive-time.ts';

/** The clock port of the listener: tests pass a fixed one, production the system clock below. */
export type ReceiveClock = () => ReceiveTime;

/**
 * Wall-clock time with nanosecond resolution: anchored once to Date.now() and advanced by the monotonic
 * hrtime, so records received within one millisecond still sort in arrival order.
 */
export function systemReceiveClock(): ReceiveClock {
  const anchorMs = Date.now();
  const [s0, n0] = process.hrtime();
  return () => {
    const [s, n] = process.hrtime();
    // Elapsed ns since the anchor stays far below 2^53 (104 days), so plain numbers are exact here.
    const elapsed = (s - s0) * 1e9 + (n - n0);
    const ms = anchorMs + Math.floor(elapsed / 1e6);
    return { ms, ns: elapsed % 1e6 };
  };
}
