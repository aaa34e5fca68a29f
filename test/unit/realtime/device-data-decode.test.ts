import { describe, expect, it } from 'vitest';
import { decodeDeviceDataArray } from '../../../shared/realtime/index.ts';
import { GUID_BODY, hex, ld, loadVectors, TIME_BODY, VALUE_BODY } from './fixtures.ts';

const example = hex(loadVectors()[0]!.hex);
const item = (...parts: Uint8Array[]) => ld(0x0a, ...parts);

describe('decodeDeviceDataArray', () => {
  it('links every field of the documented example to its bytes', () => {
    const { spans } = decodeDeviceDataArray(example);
    const at = (path: string) => spans.find((s) => s.path === path);
    expect(at('DeviceDataItems[0]')).toMatchObject({
      range: { start: 0, end: 92 },
      valueRange: { start: 2, end: 92 },
    });
    expect(at('DeviceDataItems[0].DeviceId')).toMatchObject({ range: { start: 2, end: 22 } });
    expect(at('DeviceDataItems[0].DeviceId.lo')).toMatchObject({
      range: { start: 4, end: 13 },
      valueRange: { start: 5, end: 13 },
    });
    expect(at('DeviceDataItems[0].DeviceId.hi')).toMatchObject({ range: { start: 13, end: 22 } });
    expect(at('DeviceDataItems[0].DateTime.value')).toMatchObject({
      fieldNumber: 1,
      wireType: 0,
      range: { start: 24, end: 33 },
    });
    expect(at('DeviceDataItems[0].DateTime.scale')).toMatchObject({ range: { start: 33, end: 35 } });
    expect(at('DeviceDataItems[0].DeviceValues[2]')).toMatchObject({ range: { start: 73, end: 92 } });
    expect(at('DeviceDataItems[0].DeviceValues[2].Obis')).toMatchObject({
      valueRange: { start: 77, end: 83 },
    });
    expect(at('DeviceDataItems[0].DeviceValues[2].Value')).toMatchObject({
      valueRange: { start: 84, end: 92 },
    });
    expect(spans).toHaveLength(16);
  });

  it('gives the same items without spans (bulk mode)', () => {
    const withSpans = decodeDeviceDataArray(example);
    const without = decodeDeviceDataArray(example, { spans: false });
    expect(without.items).toEqual(withSpans.items);
    expect(without.spans).toEqual([]);
  });

  it('decodes fields in any order and with longer encodings like the canonical layout', () => {
    // Value before Obis, and a DeviceValue length written as a 2-byte varint.
    const value = hex('1A 9100 11 0000000000448F40 0A 06 0100010800FF');
    const decoded = decodeDeviceDataArray(item(value, ld(0x12, TIME_BODY), ld(0x0a, GUID_BODY)));
    expect(decoded.error).toBeUndefined();
    expect(decoded.items[0]).toMatchObject({
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
      dateTime: '2024-01-01T00:00:00.000Z',
      values: [{ obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1000.5 }],
    });
  });

  it('skips and lists unknown fields from a newer schema', () => {
    const value = ld(0x1a, VALUE_BODY, hex('18 07'));
    const decoded = decodeDeviceDataArray(
      item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY), value, hex('22 02 4142'), hex('4D 01020304')),
    );
    expect(decoded.error).toBeUndefined();
    expect(decoded.items[0]!.values).toEqual([
      { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1000.5 },
    ]);
    expect(decoded.unknownFields.map((u) => [u.path, u.fieldNumber, u.wireType])).toEqual([
      ['DeviceDataItems[0].DeviceValues[0]', 3, 0],
      ['DeviceDataItems[0]', 4, 2],
      ['DeviceDataItems[0]', 9, 5],
    ]);
    expect(decoded.warnings).toEqual([]);
  });

  it('warns about missing required fields and still shows the rest', () => {
    const decoded = decodeDeviceDataArray(item(ld(0x0a, GUID_BODY), ld(0x1a, hex('0A 06 0100010800FF'))));
    expect(decoded.error).toBeUndefined();
    expect(decoded.items[0]).toMatchObject({
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
      dateTime: '',
    });
    expect(decoded.items[0]!.values[0]).toMatchObject({ obis: '1-0:1.8.0*255', value: 0 });
    expect(decoded.warnings.map((w) => w.path)).toEqual([
      'DeviceDataItems[0].DeviceValues[0].Value',
      'DeviceDataItems[0].DateTime',
    ]);
  });

  it('treats a known field with the wrong wire type as unknown, with a warning', () => {
    const decoded = decodeDeviceDataArray(item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY), hex('18 05')));
    expect(decoded.items[0]!.values).toEqual([]);
    expect(decoded.unknownFields).toHaveLength(1);
    expect(decoded.warnings[0]!.message).toContain('DeviceValues');
  });

  it('shows an OBIS code that is not 6 bytes as hex, with a warning', () => {
    const value = ld(0x1a, hex('0A 05 0100010800'), hex('11 000000000000F03F'));
    const decoded = decodeDeviceDataArray(item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY), value));
    expect(decoded.items[0]!.values[0]).toEqual({ obis: '0100010800', obisHex: '0100010800', value: 1 });
    expect(decoded.warnings[0]).toMatchObject({ path: 'DeviceDataItems[0].DeviceValues[0].Obis' });
  });

  it('keeps the items before an error and names the path of the failing field', () => {
    const good = item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY), ld(0x1a, VALUE_BODY));
    const cut = item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY), ld(0x1a, hex('0A 06 0100010800FF 11 000000')));
    const bytes = Uint8Array.from([...good, ...good, ...cut]);
    const decoded = decodeDeviceDataArray(bytes);
    expect(decoded.items).toHaveLength(3);
    expect(decoded.items[1]!.values).toHaveLength(1);
    expect(decoded.items[2]!.values).toEqual([]);
    expect(decoded.error).toMatchObject({
      code: 'truncated',
      path: 'DeviceDataItems[2].DeviceValues[0].Value',
      offset: bytes.length - 3,
    });
    expect(decoded.error!.message).toContain(`byte ${bytes.length - 3}`);
  });

  it('decodes a payload without items, and items without values', () => {
    expect(decodeDeviceDataArray(new Uint8Array())).toEqual({
      items: [],
      warnings: [],
      unknownFields: [],
      spans: [],
    });
    const decoded = decodeDeviceDataArray(item(ld(0x0a, GUID_BODY), ld(0x12, TIME_BODY)));
    expect(decoded.items[0]!.values).toEqual([]);
    expect(decoded.warnings).toEqual([]);
  });

  it('keeps the last of a repeated singular field and says so', () => {
    const other = hex('09 0100000000000000 11 0000000000000000');
    const decoded = decodeDeviceDataArray(item(ld(0x0a, GUID_BODY), ld(0x0a, other), ld(0x12, TIME_BODY)));
    expect(decoded.items[0]!.deviceId).toBe('00000001-0000-0000-0000-000000000000');
    expect(decoded.warnings[0]!.message).toContain('more than once');
  });
});
