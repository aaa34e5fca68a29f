import { describe, expect, it } from 'vitest';
import { realtimeEquivalent } from '../../../main/services/contract-views/realtime-equivalent.ts';

describe('a REST value in the Realtime API unit', () => {
  it('turns kWh of 1-0:1.8.0 into the documented mWh, decimal-exact', () => {
    expect(realtimeEquivalent('1-0:1.8.0*255', 1.8795832, 'kWh')).toEqual({
      value: 1879583.2,
      unit: 'mWh',
      assumed: false,
    });
    expect(realtimeEquivalent('1-0:1.8.0*255', 1879.5832, 'kWh')?.value).toBe(1879583200);
  });

  it('turns kW of active power into W, marked as an assumed unit', () => {
    expect(realtimeEquivalent('1-0:1.7.0*255', 0.02419, 'kW')).toEqual({
      value: 24.19,
      unit: 'W',
      assumed: true,
    });
  });

  it('keeps a value whose REST and realtime units agree', () => {
    expect(realtimeEquivalent('1-0:32.7.0*255', 231.4, 'V')).toMatchObject({ value: 231.4, unit: 'V' });
  });

  it('gives nothing where no honest conversion exists', () => {
    expect(realtimeEquivalent('1-0:1.8.0*255', null, 'kWh')).toBeNull();
    expect(realtimeEquivalent('1-0:1.8.0*255', 5, 'furlongs')).toBeNull();
    expect(realtimeEquivalent('not-obis', 5, 'kWh')).toBeNull();
    expect(realtimeEquivalent('1-0:1.8.0*255', Number.NaN, 'kWh')).toBeNull();
  });

  it('handles values JavaScript writes with an exponent', () => {
    expect(realtimeEquivalent('1-0:1.8.0*255', 1e-7, 'kWh')?.value).toBeCloseTo(0.1, 12);
  });
});
