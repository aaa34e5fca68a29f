import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  columnDevices,
  columnObisCode,
  columnValue,
  columnValueCount,
  decodeDeviceDataArray,
  decodeDeviceDataColumns,
  encodeDeviceDataArray,
  itemsFromColumns,
  obisText,
  type DeviceDataItem,
} from '../../../shared/realtime/index.ts';
import { captureItems, prng } from '../../bench/decode-capture.ts';
import { itemArbitrary } from './arbitraries.ts';

/** The full decoder's result for the same bytes, without spans (as the listener and exports decode). */
const full = (bytes: Uint8Array) => decodeDeviceDataArray(bytes, { spans: false });

/**
 * Items in TICKS, as smart-me sends them: the layout the columns decoder takes. (protobuf-net leaves out a
 * zero time value; such an item is left to the general decoder, tested below.)
 */
const ticksItems = fc.array(
  itemArbitrary.map((item): DeviceDataItem => ({
    ...item,
    dateTimeScale: 'TICKS',
    dateTimeTicks: item.dateTimeTicks === '0' ? '1' : item.dateTimeTicks,
  })),
  { maxLength: 6 },
);

/** Ticks since 1970 to whole milliseconds, rounded down (also before 1970). */
function floorMs(ticks: bigint): number {
  const ms = ticks / 10_000n;
  return Number(ticks % 10_000n < 0n ? ms - 1n : ms);
}

/** Columns decoded and turned into items equal the general decoder's items, with no error and no warning. */
function expectSameAsDecoder(bytes: Uint8Array): void {
  const cols = decodeDeviceDataColumns(bytes);
  if (!cols) return;
  const decoded = full(bytes);
  const hex = Buffer.from(bytes).toString('hex');
  expect(decoded.error, hex).toBeUndefined();
  expect(decoded.warnings, hex).toEqual([]);
  expect(decoded.unknownFields, hex).toEqual([]);
  expect(itemsFromColumns(cols), hex).toEqual(decoded.items);
  expect(columnDevices(cols)).toEqual([...new Set(decoded.items.map((i) => i.deviceId))]);
  expect([...cols.timeMs]).toEqual(decoded.items.map((i) => floorMs(BigInt(i.dateTimeTicks))));
}

describe('decodeDeviceDataColumns', () => {
  it('decodes what smart-me sends to exactly the items, devices and times of the full decoder', () => {
    fc.assert(
      fc.property(ticksItems, fc.boolean(), (items, repeat) => {
        const bytes = encodeDeviceDataArray(repeat ? [...items, ...items] : items);
        const cols = decodeDeviceDataColumns(bytes);
        const inRange = full(bytes).warnings.length === 0;
        // Every TICKS payload in .NET's date range takes the columns path; the others are left to the decoder.
        expect(cols !== undefined).toBe(inRange);
        expectSameAsDecoder(bytes);
      }),
      { numRuns: 500 },
    );
  });

  it('a 100-device webhook: 2,000 values, each read by item and position straight from the payload', () => {
    const bytes = encodeDeviceDataArray(captureItems(100));
    const cols = decodeDeviceDataColumns(bytes);
    const items = full(bytes).items;
    expect(cols?.itemCount).toBe(100);
    expect(cols?.valueStart[100]).toBe(items.reduce((n, i) => n + i.values.length, 0));
    const last = items[99]!;
    expect(cols!.deviceIds[99]).toBe(last.deviceId);
    expect(columnValueCount(cols!, 99)).toBe(20);
    expect(obisText(columnObisCode(cols!, 99, 19))).toBe(last.values[19]!.obis);
    expect(columnValue(cols!, 99, 19)).toBe(last.values[19]!.value);
  });

  it('never accepts bytes the decoder rejects or warns about: mutated and cut payloads', () => {
    const rand = prng(7);
    const seed = encodeDeviceDataArray(captureItems(3));
    let accepted = 0;
    for (let i = 0; i < 20_000; i++) {
      const bytes = Uint8Array.from(seed);
      const edits = 1 + Math.floor(rand() * 3);
      let cut = bytes.length;
      for (let e = 0; e < edits; e++) {
        const at = Math.floor(rand() * bytes.length);
        if (rand() < 0.2) cut = Math.min(cut, at);
        else bytes[at] = rand() < 0.5 ? Math.floor(rand() * 256) : bytes[at]! ^ (1 << Math.floor(rand() * 8));
      }
      const input = bytes.subarray(0, cut);
      if (decodeDeviceDataColumns(input)) accepted++;
      expectSameAsDecoder(input);
    }
    // Value bytes and GUIDs change freely without leaving the layout: many mutants still decode to columns.
    expect(accepted).toBeGreaterThan(1000);
  });

  it('names the distinct devices of repeated and changed device lists, even after a change in place', () => {
    const [a, b] = captureItems(2);
    const cols = (items: (typeof a)[]) => decodeDeviceDataColumns(encodeDeviceDataArray(items as never))!;
    const ab = cols([a, b, a]);
    expect(columnDevices(ab)).toEqual([a!.deviceId, b!.deviceId]);
    expect(columnDevices(cols([a, b, a]))).toEqual([a!.deviceId, b!.deviceId]);
    ab.deviceIds[1] = a!.deviceId;
    expect(columnDevices(cols([a, a, a]))).toEqual([a!.deviceId]);
    expect(columnDevices(cols([b]))).toEqual([b!.deviceId]);
  });

  it('leaves other layouts to the decoder and decodes the empty payload', () => {
    expect(decodeDeviceDataColumns(new Uint8Array())?.itemCount).toBe(0);
    const [item] = captureItems(1);
    const seconds = encodeDeviceDataArray([{ ...item!, dateTimeScale: 'SECONDS' }]);
    expect(decodeDeviceDataColumns(seconds)).toBeUndefined();
    expect(
      decodeDeviceDataColumns(encodeDeviceDataArray([{ ...item!, dateTimeTicks: '0' }])),
    ).toBeUndefined();
    expect(decodeDeviceDataColumns(Buffer.from('hello, this is not a payload'))).toBeUndefined();
  });
});
