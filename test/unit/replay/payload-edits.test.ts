import { describe, expect, it } from 'vitest';
import { applyEdits, parseAssignment } from '../../../main/services/replay/payload-edits.ts';
import { vendorItem } from '../../helpers/vendor-item.ts';

describe('OBIS=value pairs', () => {
  it('normalizes any OBIS notation and reads the value', () => {
    expect(parseAssignment('1-0:1.8.0*255=123.5')).toEqual({ obis: '1-0:1.8.0*255', value: 123.5 });
    expect(parseAssignment('0100010700FF=-4')).toEqual({ obis: '1-0:1.7.0*255', value: -4 });
    expect(parseAssignment('1-0:1.8.0*255=NaN').value).toBeNaN();
    expect(parseAssignment('1-0:1.8.0*255=-Infinity').value).toBe(-Infinity);
  });

  it('says which part is wrong', () => {
    expect(() => parseAssignment('1-0:1.8.0*255')).toThrow('is not OBIS=value');
    expect(() => parseAssignment('1-0:1.8.0*255=abc')).toThrow('"abc" after 1-0:1.8.0*255= is not a number');
    expect(() => parseAssignment('hello=1')).toThrow('"hello" is not an OBIS code');
  });
});

describe('payload edits', () => {
  const item = vendorItem([
    { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1 },
    { obis: '1-0:1.7.0*255', obisHex: '0100010700FF', value: 2 },
  ]);

  it('changes matching values, adds missing ones, replaces the device, and leaves the original alone', () => {
    const [edited] = applyEdits([item], {
      set: [
        { obis: '1-0:1.7.0*255', value: 99 },
        { obis: '1-0:2.8.0*255', value: 5 },
      ],
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
    });
    expect(edited).toEqual({
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
      dateTimeTicks: '15712284449788512',
      dateTimeScale: 'TICKS',
      dateTimeKind: 'UNSPECIFIED',
      values: [
        { obis: '1-0:1.8.0*255', value: 1 },
        { obis: '1-0:1.7.0*255', value: 99 },
        { obis: '1-0:2.8.0*255', value: 5 },
      ],
    });
    expect(item.values[1]?.value).toBe(2);
  });
});
