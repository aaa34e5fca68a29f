import type { ReceiveTime } from '../captures/receive-time.ts';

/** The clock port of the listener: tests pass a fixed one, production the system clock below. */
export type ReceiveClock = () => ReceiveTime;

/**
 * Wall-clock time with nanosecond resolution: anchored once to Date.now() and advanced by the monotonic
 * hrtime, so records received within one millisecond still sort in arrival order.
 */
export function systemReceiveClock(): ReceiveClock {
  const anchorNs = BigInt(Date.now()) * 1_000_000n;
  const anchorHr = process.hrtime.bigint();
  return () => {
    const now = anchorNs + (process.hrtime.bigint() - anchorHr);
    return { ms: Number(now / 1_000_000n), ns: Number(now % 1_000_000n) };
  };
}
