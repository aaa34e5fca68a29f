import { describe, expect, it } from 'vitest';
import { decodeDeviceDataArray, encodeDeviceDataArray } from '../../../shared/realtime/index.ts';
import { hex, loadVectors, toHex } from './fixtures.ts';

const [documented, seconds] = loadVectors();

describe('the vendor vectors', () => {
  it('decode the documented example to its GUID, time and OBIS values', () => {
    const vector = documented!;
    const decoded = decodeDeviceDataArray(hex(vector.hex));
    expect(decoded.error).toBeUndefined();
    expect(decoded.warnings).toEqual([]);
    expect(decoded.items).toHaveLength(1);
    const item = decoded.items[0]!;
    const want = vector.expect.items[0]!;
    expect(item.deviceId).toBe(want.deviceId);
    expect(Date.parse(item.dateTime)).toBe(Date.parse(want.dateTime));
    expect(item.dateTime).toBe('2019-10-16T12:20:44.9788512Z');
    expect(item.dateTimeTicks).toBe(want.dateTimeTicks);
    expect(item.dateTimeScale).toBe(want.dateTimeScale);
    expect(item.dateTimeKind).toBe(want.dateTimeKind);
    expect(item.values).toEqual(want.values.map(({ obis, obisHex, value }) => ({ obis, obisHex, value })));
  });

  it('decode the seconds-scale vector to its values', () => {
    const decoded = decodeDeviceDataArray(hex(seconds!.hex));
    const want = seconds!.expect.items[0]!;
    expect(decoded.items[0]).toMatchObject({ deviceId: want.deviceId, dateTimeScale: 'SECONDS' });
    expect(Date.parse(decoded.items[0]!.dateTime)).toBe(Date.parse(want.dateTime));
    expect(decoded.items[0]!.values.map(({ obis, value }) => ({ obis, value }))).toEqual(want.values);
  });

  it('reproduce the second vector byte for byte from its description', () => {
    const bytes = encodeDeviceDataArray([
      {
        deviceId: '00112233-4455-6677-8899-aabbccddeeff',
        dateTime: '2024-01-01T00:00:00Z',
        dateTimeScale: 'SECONDS',
        values: [
          { obis: '1-0:1.8.0*255', value: 1000.5 },
          { obis: '1-0:21.7.0*255', value: -12.5 },
        ],
      },
    ]);
    expect(toHex(bytes)).toBe(seconds!.hex);
  });

  it('re-encode the documented example from its own decode byte for byte', () => {
    const decoded = decodeDeviceDataArray(hex(documented!.hex));
    expect(toHex(encodeDeviceDataArray(decoded.items))).toBe(documented!.hex);
  });
});
