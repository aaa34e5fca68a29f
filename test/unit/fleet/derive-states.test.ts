import { describe, expect, it } from 'vitest';
import {
  ageMs,
  defaultThresholds,
  isMeterStale,
  isOnline,
  staleAfterMs,
} from '../../../main/services/fleet/derive-states.ts';

const NOW = Date.parse('2026-07-25T12:00:00Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString().replace('Z', '0000Z');
const MIN = 60_000;
const HOUR = 60 * MIN;

describe('online rule', () => {
  it('is online under 15 minutes, offline from then on', () => {
    expect(isOnline(ago(14 * MIN + 59_000), NOW)).toBe(true);
    expect(isOnline(ago(15 * MIN), NOW)).toBe(false);
    expect(isOnline(ago(96 * 24 * HOUR), NOW)).toBe(false);
  });

  it('counts a device that never reported, or an unreadable date, as offline', () => {
    expect(isOnline(undefined, NOW)).toBe(false);
    expect(isOnline('yesterday', NOW)).toBe(false);
  });

  it('takes a configured threshold', () => {
    expect(isOnline(ago(20 * MIN), NOW, { ...defaultThresholds, onlineWithinMs: 30 * MIN })).toBe(true);
  });

  it('reads 7-digit API dates exactly', () => {
    expect(ageMs('2026-07-25T11:59:59.0000001Z', NOW)).toBe(1000);
  });
});

describe('stale rule', () => {
  it('uses 24 h for short readout intervals', () => {
    expect(staleAfterMs(1)).toBe(24 * HOUR); // 10 s
    expect(staleAfterMs(6)).toBe(24 * HOUR); // 60 min
    expect(staleAfterMs(undefined)).toBe(24 * HOUR);
  });

  it('uses two readout intervals when that is longer', () => {
    expect(staleAfterMs(8)).toBe(24 * HOUR); // 12 h × 2
    expect(staleAfterMs(9)).toBe(48 * HOUR); // 24 h × 2
  });

  it('marks meters stale past the limit or without any value', () => {
    expect(isMeterStale(ago(23 * HOUR), 1, NOW)).toBe(false);
    expect(isMeterStale(ago(25 * HOUR), 1, NOW)).toBe(true);
    expect(isMeterStale(ago(25 * HOUR), 9, NOW)).toBe(false);
    expect(isMeterStale(undefined, 1, NOW)).toBe(true);
  });

  it('takes configured thresholds', () => {
    const t = { ...defaultThresholds, staleAfterMs: HOUR, staleIntervals: 3 };
    expect(isMeterStale(ago(2 * HOUR), 1, NOW, t)).toBe(true);
    expect(staleAfterMs(6, t)).toBe(3 * HOUR);
  });
});
