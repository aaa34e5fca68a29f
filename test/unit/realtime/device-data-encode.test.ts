import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  PayloadError,
  payloadToJson,
  type DeviceDataItem,
  type DeviceDataItemInput,
} from '../../../shared/realtime/index.ts';
import { itemArbitrary } from './arbitraries.ts';
import { toHex } from './fixtures.ts';

const base = { deviceId: '00112233-4455-6677-8899-aabbccddeeff', dateTime: '2024-01-01T00:00:00Z' };

function badInputOf(items: unknown[]): PayloadError['info'] {
  try {
    encodeDeviceDataArray(items as DeviceDataItemInput[]);
  } catch (e) {
    expect(e).toBeInstanceOf(PayloadError);
    return (e as PayloadError).info;
  }
  throw new Error('expected a PayloadError');
}

describe('encodeDeviceDataArray', () => {
  it('decode(encode(x)) == x for every valid x', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 4 }), (items: DeviceDataItem[]) => {
        const decoded = decodeDeviceDataArray(encodeDeviceDataArray(items));
        expect(decoded.error).toBeUndefined();
        expect(decoded.warnings).toEqual([]);
        expect(decoded.items).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through the JSON the CLI prints, NaN, infinities and -0 included', () => {
    fc.assert(
      fc.property(fc.array(itemArbitrary, { maxLength: 3 }), (items: DeviceDataItem[]) => {
        const bytes = encodeDeviceDataArray(items);
        const json = JSON.parse(JSON.stringify(payloadToJson(decodeDeviceDataArray(bytes)))) as {
          items: DeviceDataItemInput[];
        };
        expect(toHex(encodeDeviceDataArray(json.items))).toBe(toHex(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('writes scale only when not DAYS and kind only when not UNSPECIFIED', () => {
    expect(toHex(encodeDeviceDataArray([{ ...base, dateTimeScale: 'DAYS' }]))).toContain('12040896B402');
    expect(toHex(encodeDeviceDataArray([{ ...base, dateTimeScale: 'DAYS', dateTimeKind: 'UTC' }]))).toContain(
      '12060896B4021801',
    );
  });

  it('takes dateTimeTicks over dateTime and defaults the scale to TICKS', () => {
    const [item] = decodeDeviceDataArray(
      encodeDeviceDataArray([{ ...base, dateTime: undefined, dateTimeTicks: '-1' }]),
    ).items;
    expect(item).toMatchObject({
      dateTimeTicks: '-1',
      dateTimeScale: 'TICKS',
      dateTime: '1969-12-31T23:59:59.9999999Z',
    });
  });

  it.each([
    [{ ...base, deviceId: 'not-a-guid' }, 'items[0].deviceId'],
    [{ ...base, dateTime: '2024-13-01T00:00:00Z' }, 'items[0].dateTime'],
    [{ deviceId: base.deviceId }, 'items[0]'],
    [{ ...base, dateTimeScale: 'WEEKS' }, 'items[0].dateTimeScale'],
    [{ ...base, dateTimeKind: 'UTC+1' }, 'items[0].dateTimeKind'],
    [
      {
        ...base,
        values: [
          { obis: '1-0:1.8.0*255', value: 1 },
          { obis: '1.8.0.x', value: 1 },
        ],
      },
      'items[0].values[1].obis',
    ],
    [{ ...base, values: [{ obis: '1-0:1.8.0*255', value: 'lots' }] }, 'items[0].values[0].value'],
    [
      { ...base, values: [{ obis: '1-0:1.8.0*255', obisHex: '0100020800FF', value: 1 }] },
      'items[0].values[0].obisHex',
    ],
    [{ ...base, dateTimeTicks: '17040672000000000', dateTime: '2025-01-01T00:00:00Z' }, 'items[0].dateTime'],
    [{ ...base, dateTime: '2024-01-01T00:00:00.5Z', dateTimeScale: 'SECONDS' }, 'items[0].dateTime'],
  ])('rejects bad input with a bad-input error naming the path (%#)', (item, path) => {
    const info = badInputOf([item]);
    expect(info.code).toBe('bad-input');
    expect(info.path).toBe(path);
    expect(info.message).toContain(path);
  });
});
