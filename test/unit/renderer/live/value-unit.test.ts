import { describe, expect, it } from 'vitest';
import { valueUnit } from '../../../../renderer/features/live/value-unit.ts';

describe('units on the latest-values cards', () => {
  it('gives the documented realtime unit of energy, and marks the others as assumed', () => {
    expect(valueUnit('1-0:1.8.0*255')).toEqual({ unit: 'mWh', assumed: false });
    expect(valueUnit('1-0:1.7.0*255')).toEqual({ unit: 'W', assumed: true });
  });

  it('gives no unit for a code the catalog does not know or that does not parse', () => {
    expect(valueUnit('1-0:0.0.9*255')).toEqual({ unit: '', assumed: false });
    expect(valueUnit('not an OBIS code')).toEqual({ unit: '', assumed: false });
  });
});
