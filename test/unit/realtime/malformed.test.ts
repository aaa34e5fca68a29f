import { describe, expect, it } from 'vitest';
import { decodeDeviceDataArray, walkWire } from '../../../shared/realtime/index.ts';
import { GUID_BODY, hex, ld, loadVectors, TIME_BODY } from './fixtures.ts';

const example = hex(loadVectors()[0]!.hex);
const full = decodeDeviceDataArray(example);

describe('malformed payloads', () => {
  it('truncated at every position: the typed error at the cut-off length prefix, complete values kept', () => {
    for (let cut = 1; cut < example.length; cut++) {
      const decoded = decodeDeviceDataArray(example.subarray(0, cut));
      expect(decoded.error, `cut at ${cut}`).toMatchObject({
        code: cut === 1 ? 'truncated' : 'length-past-end',
        offset: 1,
        path: 'DeviceDataItems[0]',
      });
      // Exactly the values whose bytes all arrived are shown, and they are the right ones.
      const complete = full.spans.filter(
        (s) => /DeviceValues\[\d+\]$/.test(s.path) && s.range.end <= cut,
      ).length;
      expect(decoded.items[0]?.values ?? [], `cut at ${cut}`).toEqual(
        full.items[0]!.values.slice(0, complete),
      );
      if (cut >= 22) expect(decoded.items[0]!.deviceId).toBe(full.items[0]!.deviceId);
    }
  });

  it('truncated inside a message whose lengths are consistent: the offset of the missing bytes', () => {
    // DeviceId.hi has only 3 of its 8 bytes, and the Guid length says so.
    const bytes = ld(0x0a, ld(0x0a, hex('09 3322110055447766 11 889900')));
    const decoded = decodeDeviceDataArray(bytes);
    expect(decoded.error).toMatchObject({
      code: 'truncated',
      offset: 14,
      path: 'DeviceDataItems[0].DeviceId.hi',
    });
    expect(decoded.error!.expected).toContain('8 bytes');
  });

  it('a length past the end names the length prefix', () => {
    const decoded = decodeDeviceDataArray(ld(0x0a, ld(0x0a, GUID_BODY), hex('12 30 0801')));
    expect(decoded.error).toMatchObject({
      code: 'length-past-end',
      offset: 23,
      path: 'DeviceDataItems[0].DateTime',
    });
    expect(decoded.error!.found).toBe('length 48');
    expect(decoded.items[0]!.deviceId).toBe('00112233-4455-6677-8899-aabbccddeeff');
  });

  it.each([3, 4, 6, 7])('wire type %i is a typed error at its tag', (wireType) => {
    const top = decodeDeviceDataArray(Uint8Array.from([(5 << 3) | wireType, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(top.error).toMatchObject({ code: 'bad-wire-type', offset: 0 });
    const nested = decodeDeviceDataArray(ld(0x0a, ld(0x12, TIME_BODY), [(1 << 3) | wireType]));
    expect(nested.error).toMatchObject({
      code: 'bad-wire-type',
      offset: 12,
      path: 'DeviceDataItems[0].DeviceId',
    });
    expect(walkWire(Uint8Array.from([(5 << 3) | wireType])).error).toMatchObject({ code: 'bad-wire-type' });
  });

  it('a varint longer than 10 bytes or wider than 64 bits is an overflow at its first byte', () => {
    const eleven = ld(0x0a, ld(0x12, [0x08, ...Array<number>(10).fill(0xff), 0x01]));
    expect(decodeDeviceDataArray(eleven).error).toMatchObject({
      code: 'varint-overflow',
      offset: 5,
      path: 'DeviceDataItems[0].DateTime.value',
    });
    const wide = ld(0x0a, ld(0x12, [0x08, ...Array<number>(9).fill(0xff), 0x02]));
    expect(decodeDeviceDataArray(wide).error).toMatchObject({ code: 'varint-overflow', offset: 5 });
    expect(walkWire(hex('08 FFFFFFFFFFFFFFFFFF02')).error).toMatchObject({
      code: 'varint-overflow',
      offset: 1,
    });
  });

  it('field number 0 is a typed error', () => {
    expect(decodeDeviceDataArray(hex('0200')).error).toMatchObject({ code: 'field-number-zero', offset: 0 });
    expect(decodeDeviceDataArray(ld(0x0a, hex('0000'))).error).toMatchObject({
      code: 'field-number-zero',
      offset: 2,
      path: 'DeviceDataItems[0]',
    });
  });

  it('text is reported as not a payload', () => {
    const decoded = decodeDeviceDataArray(new TextEncoder().encode('0A5A0A1209E9FCD03B8E'));
    expect(decoded.error).toMatchObject({ code: 'not-a-payload' });
    expect(decoded.error!.message).toContain('plain text');
  });
});
