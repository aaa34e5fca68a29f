import { describe, expect, it } from 'vitest';
import {
  DATETIME_MAX_TICKS,
  DATETIME_MIN_TICKS,
  dateTimeFromWire,
  isoToTicks,
  ticksToIso,
  wireValueFromTicks,
} from '../../../shared/realtime/index.ts';

const SCALE = { DAYS: 0, HOURS: 1, MINUTES: 2, SECONDS: 3, MILLISECONDS: 4, TICKS: 5, MINMAX: 15 };

describe('bcl DateTime', () => {
  it.each([
    ['DAYS', 19723n, '2024-01-01T00:00:00.000Z'],
    ['HOURS', 473352n, '2024-01-01T00:00:00.000Z'],
    ['MINUTES', 28401120n, '2024-01-01T00:00:00.000Z'],
    ['SECONDS', 1704067200n, '2024-01-01T00:00:00.000Z'],
    ['MILLISECONDS', 1704067200123n, '2024-01-01T00:00:00.123Z'],
    ['TICKS', 17040672001234567n, '2024-01-01T00:00:00.1234567Z'],
  ] as const)('reads the %s scale', (scale, value, iso) => {
    const t = dateTimeFromWire(value, SCALE[scale], 0);
    expect(t).toMatchObject({ dateTime: iso, dateTimeScale: scale, dateTimeKind: 'UNSPECIFIED' });
    expect(t.problem).toBeUndefined();
  });

  it('reads MINMAX as DateTime.MaxValue and MinValue', () => {
    expect(dateTimeFromWire(1n, 15, 0)).toMatchObject({
      dateTime: '9999-12-31T23:59:59.9999999Z',
      dateTimeTicks: DATETIME_MAX_TICKS.toString(),
    });
    expect(dateTimeFromWire(-1n, 15, 0)).toMatchObject({ dateTime: '0001-01-01T00:00:00.000Z' });
    expect(dateTimeFromWire(2n, 15, 0).problem).toContain('MINMAX');
  });

  it('reads dates before 1970 with floor semantics', () => {
    expect(dateTimeFromWire(-1n, SCALE.TICKS, 0).dateTime).toBe('1969-12-31T23:59:59.9999999Z');
    expect(dateTimeFromWire(-1n, SCALE.DAYS, 0).dateTime).toBe('1969-12-31T00:00:00.000Z');
    expect(dateTimeFromWire(-86400n * 365n * 100n, SCALE.SECONDS, 0).dateTime).toBe(
      '1870-01-25T00:00:00.000Z',
    );
    expect(ticksToIso(DATETIME_MIN_TICKS)).toBe('0001-01-01T00:00:00.000Z');
  });

  it('names the kind and flags unknown kinds and scales', () => {
    expect(dateTimeFromWire(0n, 0, 1).dateTimeKind).toBe('UTC');
    expect(dateTimeFromWire(0n, 0, 2).dateTimeKind).toBe('LOCAL');
    expect(dateTimeFromWire(0n, 0, 9).problem).toContain('DateTimeKind 9');
    expect(dateTimeFromWire(0n, 7, 0)).toMatchObject({ dateTime: '', problem: 'unknown TimeSpanScale 7' });
  });

  it('flags instants outside the .NET range but still shows them', () => {
    const t = dateTimeFromWire(3_000_000n, SCALE.DAYS, 0);
    expect(t.problem).toContain('outside the .NET DateTime range');
    expect(t.dateTime).toMatch(/^\+0?10183/);
  });

  it('parses ISO text exactly, with zones and up to 7 fraction digits', () => {
    expect(isoToTicks('2019-10-16T12:20:44.9788512Z')).toBe(15712284449788512n);
    expect(isoToTicks('2024-01-01T01:00:00+01:00')).toBe(17040672000000000n);
    expect(isoToTicks('1969-12-31T23:59:59.9999999Z')).toBe(-1n);
    expect(isoToTicks('0001-01-01T00:00:00Z')).toBe(DATETIME_MIN_TICKS);
    expect(isoToTicks('2024-02-30T00:00:00Z')).toBeUndefined();
    expect(isoToTicks('yesterday')).toBeUndefined();
  });

  it('turns ticks back into a wire value for each scale, or says why not', () => {
    expect(wireValueFromTicks(17040672000000000n, 'SECONDS')).toEqual({ value: 1704067200n });
    expect(wireValueFromTicks(DATETIME_MAX_TICKS, 'MINMAX')).toEqual({ value: 1n });
    expect(wireValueFromTicks(17040672000000001n, 'SECONDS')).toEqual({
      problem: 'the time is not a whole number of SECONDS',
    });
    expect(wireValueFromTicks(0n, 'MINMAX')).toHaveProperty('problem');
  });
});
