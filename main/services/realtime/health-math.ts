/**
 * The arithmetic of stream health, as pure functions: rates, percentiles and gaps are where off-by-one
 * and empty-input mistakes hide, so they are tested on their own.
 */

/** A gap is flagged when the pause between frames exceeds twice the expected interval. */
export const GAP_FACTOR = 2;

/**
 * Frames per second over the last `windowMs`. While the device has been watched for less than a window,
 * the time watched is used instead (at least one second), so the first seconds do not read as "slow".
 */
export function framesPerSecond(
  times: readonly number[],
  nowMs: number,
  windowMs: number,
  firstSeenMs: number,
): number {
  const from = nowMs - windowMs;
  const count = times.filter((t) => t > from && t <= nowMs).length;
  const spanMs = Math.max(1000, Math.min(windowMs, nowMs - firstSeenMs));
  return count / (spanMs / 1000);
}

/** The p-th percentile (0..100) by nearest rank; undefined for no values. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** True when a pause is long enough to call it a gap for this expected interval. */
export function isGap(pauseMs: number, expectedIntervalMs: number): boolean {
  return pauseMs > GAP_FACTOR * expectedIntervalMs;
}

const YEAR_2_MS = Date.parse('0002-01-01T00:00:00Z');
const YEAR_9999_MS = Date.parse('9999-01-01T00:00:00Z');

/**
 * A device time usable for latency: undefined for the years 0001 and 9999, where .NET's MinValue and
 * MaxValue sit (a meter that sends those has no clock worth comparing).
 */
export function usableDeviceMs(ms: number): number | undefined {
  return ms >= YEAR_2_MS && ms < YEAR_9999_MS ? ms : undefined;
}

/** Milliseconds since 1970 of a decoded ISO DateTime, or undefined for none/unparseable/MinMax values. */
export function deviceTimeMs(iso: string | undefined): number | undefined {
  const ms = iso ? Date.parse(iso) : NaN;
  return Number.isFinite(ms) ? usableDeviceMs(ms) : undefined;
}
