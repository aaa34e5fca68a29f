import { describe, expect, it } from 'vitest';
import { describeObis, realtimeReadings } from '../../../shared/obis/index.ts';
import { shiftDecimal } from '../../../shared/obis/decimal-shift.ts';

describe('realtimeReadings', () => {
  it('reproduces the vendor example: 1879583.2 mWh = 1879.5832 Wh = 1.8795832 kWh, documented', () => {
    expect(realtimeReadings('0100010800FF', 1879583.2)).toEqual([
      { value: 1879583.2, unit: 'mWh', assumed: false },
      { value: 1879.5832, unit: 'Wh', assumed: false },
      { value: 1.8795832, unit: 'kWh', assumed: false },
    ]);
  });

  it('marks the power unit as an assumption and says why', () => {
    expect(realtimeReadings('1-0:1.7.0*255', 24.19)).toEqual([
      { value: 24.19, unit: 'W', assumed: true },
      { value: 0.02419, unit: 'kW', assumed: true },
    ]);
    expect(describeObis('1-0:1.7.0').realtime?.note).toMatch(/Not documented.*W assumed/);
  });

  it('treats export energy like import energy but flags the unit as assumed', () => {
    expect(realtimeReadings('1-0:2.8.0', 1500)).toEqual([
      { value: 1500, unit: 'mWh', assumed: true },
      { value: 1.5, unit: 'Wh', assumed: true },
      { value: 0.0015, unit: 'kWh', assumed: true },
    ]);
  });

  it('derives the unit of an uncatalogued code from its structure (tariff 7 energy)', () => {
    expect(realtimeReadings('1-0:1.8.7', 2000)[0]).toEqual({ value: 2000, unit: 'mWh', assumed: true });
  });

  it('shows the raw value without a unit when nothing suggests one', () => {
    expect(realtimeReadings('0-0:96.1.0', 12345)).toEqual([{ value: 12345, unit: '', assumed: true }]);
  });

  it('keeps NaN and infinities as sent', () => {
    expect(realtimeReadings('1-0:1.8.0', Number.NaN).map((r) => r.value)).toEqual([NaN, NaN, NaN]);
    expect(realtimeReadings('1-0:1.8.0', -Infinity)[2]?.value).toBe(-Infinity);
  });
});

describe('shiftDecimal', () => {
  it.each([
    [1879583.2, -3, 1879.5832],
    [0.1, 3, 100],
    [-12.5, -3, -0.0125],
    [1e21, -6, 1e15],
    [5e-7, 3, 0.0005],
    [0, -3, 0],
  ])('%d × 10^%d = %d', (value, exp, expected) => {
    expect(shiftDecimal(value, exp)).toBe(expected);
  });
});
