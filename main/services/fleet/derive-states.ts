import { MBusReadoutIntervalSeconds, parseApiDate } from '../../../shared/api/index.ts';

/** The rules behind "online" and "stale"; configurable because installations differ (e.g. daily gateways). */
export interface FleetThresholds {
  /** A device is online when its last value is younger than this (smart-me: 15 minutes). */
  onlineWithinMs: number;
  /** A meter is never stale before this age (the vendor sample's 24 hours). */
  staleAfterMs: number;
  /** ... nor before this many readout intervals of its gateway. */
  staleIntervals: number;
}

/** smart-me's own rules: offline after 15 minutes; M-Bus meters stale after max(24 h, 2 × readout interval). */
export const defaultThresholds: FleetThresholds = {
  onlineWithinMs: 15 * 60_000,
  staleAfterMs: 24 * 3_600_000,
  staleIntervals: 2,
};

/**
 * An API date as milliseconds since 1970, or undefined when absent or unreadable. Reading 5,000 dates takes
 * a few milliseconds, so a fleet load reads them while it still waits for gateways, not at the end.
 */
export function apiDateMs(date: string | null | undefined): number | undefined {
  return date ? parseApiDate(date)?.getTime() : undefined;
}

/** Milliseconds since an API date, or undefined when the date is absent or unreadable. */
export function ageMs(date: string | null | undefined, nowMs: number): number | undefined {
  const at = apiDateMs(date);
  return at === undefined ? undefined : nowMs - at;
}

/** Online when the last value is under `onlineWithinMs` old. No date means never seen: offline. */
export function isOnline(
  valueDate: string | null | undefined,
  nowMs: number,
  t = defaultThresholds,
): boolean {
  return isOnlineAtMs(apiDateMs(valueDate), nowMs, t);
}

/** `isOnline` for a date already read with `apiDateMs`. */
export function isOnlineAtMs(valueMs: number | undefined, nowMs: number, t = defaultThresholds): boolean {
  return valueMs !== undefined && nowMs - valueMs < t.onlineWithinMs;
}

/** The age after which a meter read by a gateway with this readout interval counts as stale. */
export function staleAfterMs(readoutInterval: number | null | undefined, t = defaultThresholds): number {
  const seconds =
    readoutInterval === null || readoutInterval === undefined
      ? 0
      : MBusReadoutIntervalSeconds[readoutInterval];
  return Math.max(t.staleAfterMs, t.staleIntervals * (seconds ?? 0) * 1000);
}

/** Stale when the last value is older than staleAfterMs, or when there is no value at all. */
export function isMeterStale(
  lastValueDate: string | null | undefined,
  readoutInterval: number | null | undefined,
  nowMs: number,
  t = defaultThresholds,
): boolean {
  return isMeterStaleAtMs(apiDateMs(lastValueDate), readoutInterval, nowMs, t);
}

/** `isMeterStale` for a date already read with `apiDateMs`. */
export function isMeterStaleAtMs(
  lastValueMs: number | undefined,
  readoutInterval: number | null | undefined,
  nowMs: number,
  t = defaultThresholds,
): boolean {
  return lastValueMs === undefined || nowMs - lastValueMs > staleAfterMs(readoutInterval, t);
}
