import { describe, expect, it } from 'vitest';
import { rssiBand } from '../../../main/services/fleet/rssi-band.ts';
import { describeValues } from '../../../main/services/fleet/value-rows.ts';

describe('describeValues', () => {
  const data = {
    DeviceId: 'dev-1',
    Date: '2026-07-25T13:05:44.9513978Z',
    Values: [
      { Obis: '0100010800FF', Value: 6330.412207 },
      { Obis: '0100200700ff', Value: 231.6 },
      { Obis: 'garbage', Value: 1 },
      { Obis: '0100010700FF' },
    ],
  };

  it('names each OBIS value with its REST unit', () => {
    const out = describeValues('dev-1', data);
    expect(out).toMatchObject({ deviceId: 'dev-1', date: data.Date });
    expect(out.values[0]).toEqual({
      obis: '1-0:1.8.0*255',
      obisHex: '0100010800FF',
      value: 6330.412207,
      name: expect.stringMatching(/energy/i),
      unit: 'kWh',
    });
    expect(out.values[1]).toMatchObject({ obis: '1-0:32.7.0*255', obisHex: '0100200700FF', unit: 'V' });
    expect(out.values[3]).toMatchObject({ value: null, unit: 'kW' });
  });

  it('keeps a value whose code cannot be read, saying so', () => {
    expect(describeValues('dev-1', data).values[2]).toEqual({
      obis: 'garbage',
      obisHex: 'GARBAGE',
      value: 1,
      name: 'Not a readable OBIS code',
      unit: null,
    });
    expect(describeValues('dev-1', data, 'de').values[2]?.name).toBe('Kein lesbarer OBIS-Code');
  });

  it('copes with an answer without values', () => {
    expect(describeValues('x', {})).toEqual({ deviceId: 'x', date: null, values: [] });
  });
});

describe('rssiBand', () => {
  it('sorts the 0..100 scale into bands', () => {
    expect([0, 19, 20, 39, 40, 69, 70, 100].map(rssiBand)).toEqual([
      'poor',
      'poor',
      'weak',
      'weak',
      'good',
      'good',
      'excellent',
      'excellent',
    ]);
    expect(rssiBand(undefined)).toBeUndefined();
    expect(rssiBand(Number.NaN)).toBeUndefined();
  });
});
