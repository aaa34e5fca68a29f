import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  outlineDeviceDataArray,
  type DeviceDataItem,
} from '../../../shared/realtime/index.ts';
import { captureItems, prng } from '../../bench/decode-capture.ts';
import { itemArbitrary } from './arbitraries.ts';

/** What the full decoder says about the same bytes, reduced to what an outline claims. */
function fullView(bytes: Uint8Array) {
  const decoded = decodeDeviceDataArray(bytes, { spans: false });
  return {
    error: decoded.error,
    itemCount: decoded.items.length,
    deviceIds: [...new Set(decoded.items.map((i) => i.deviceId))],
  };
}

/**
 * Items in TICKS, as smart-me sends them: the layout the outline recognises. (protobuf-net leaves out a
 * zero time value; the outline leaves such an item to the decoder, tested below.)
 */
const ticksItems = fc.array(
  itemArbitrary.map((item): DeviceDataItem => ({
    ...item,
    dateTimeScale: 'TICKS',
    dateTimeTicks: item.dateTimeTicks === '0' ? '1' : item.dateTimeTicks,
  })),
  { maxLength: 6 },
);

describe('outlineDeviceDataArray', () => {
  it('counts the items and names the devices of what smart-me sends, exactly as the decoder does', () => {
    fc.assert(
      fc.property(ticksItems, fc.boolean(), (items, repeat) => {
        const bytes = encodeDeviceDataArray(repeat ? [...items, ...items] : items);
        const outline = outlineDeviceDataArray(bytes);
        const full = fullView(bytes);
        expect(full.error).toBeUndefined();
        expect(outline).toEqual({ itemCount: full.itemCount, deviceIds: full.deviceIds });
      }),
      { numRuns: 500 },
    );
  });

  it('never vouches for bytes the decoder rejects: mutated, cut or foreign payloads give no outline', () => {
    const rand = prng(7);
    const seed = encodeDeviceDataArray(captureItems(3));
    let outlined = 0;
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
      const outline = outlineDeviceDataArray(input);
      if (!outline) continue;
      outlined++;
      const full = fullView(input);
      expect(full.error, `input ${Buffer.from(input).toString('hex')}`).toBeUndefined();
      expect(outline).toEqual({ itemCount: full.itemCount, deviceIds: full.deviceIds });
    }
    // Value bytes and GUIDs change freely without leaving the layout: many mutants still have an outline.
    expect(outlined).toBeGreaterThan(1000);
  });

  it('leaves other layouts to the decoder and outlines the empty payload', () => {
    expect(outlineDeviceDataArray(new Uint8Array())).toEqual({ itemCount: 0, deviceIds: [] });
    const [item] = captureItems(1);
    const seconds = encodeDeviceDataArray([{ ...item!, dateTimeScale: 'SECONDS' }]);
    expect(outlineDeviceDataArray(seconds)).toBeUndefined();
    expect(outlineDeviceDataArray(encodeDeviceDataArray([{ ...item!, dateTimeTicks: '0' }]))).toBeUndefined();
    expect(outlineDeviceDataArray(Buffer.from('hello, this is not a payload'))).toBeUndefined();
  });
});
