import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DATETIME_MAX_TICKS,
  decodeDeviceDataArray,
  encodeDeviceDataArray,
  guidFromHalves,
  guidToHalves,
  type DeviceDataItem,
} from '../../../shared/realtime/index.ts';
import { itemArbitrary } from '../../unit/realtime/arbitraries.ts';
import {
  parseProtocText,
  protocDecode,
  protocEncode,
  protocVersion,
  unescapeProtocBytes,
  type TextMessage,
} from './protoc.ts';

const A = guidToHalves('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1')!;
const B = guidToHalves('00112233-4455-6677-8899-aabbccddeeff')!;
const OBIS_180 = String.raw`\001\000\001\010\000\377`;

function device(
  guid: { lo: bigint; hi: bigint },
  time: string,
  values: [string, string][] = [],
  extra = '',
): string {
  const vals = values.map(([obis, value]) => `DeviceValues { Obis: "${obis}" Value: ${value} }`).join(' ');
  return `DeviceDataItems { DeviceId { lo: ${guid.lo} hi: ${guid.hi} } DateTime { ${time} } ${vals} ${extra} }`;
}

function decodeProtoc(text: string, type?: string, file?: string) {
  const decoded = decodeDeviceDataArray(protocEncode(text, type, file));
  expect(decoded.error).toBeUndefined();
  return decoded;
}

describe('cross-checks with protoc as an independent encoder', () => {
  it('protoc is installed', () => {
    expect(protocVersion()).toMatch(/^libprotoc \d+/);
  });

  it('decodes several devices', () => {
    const text = [
      device(A, 'value: 15712284449788512 scale: TICKS', [[OBIS_180, '1879583.2']]),
      device(B, 'value: 1704067200 scale: SECONDS kind: UTC', [
        [OBIS_180, '1000.5'],
        [String.raw`\001\000\025\007\000\377`, '-12.5'],
      ]),
      device(A, 'value: 19723'),
    ].join('\n');
    const { items, warnings } = decodeProtoc(text);
    expect(warnings).toEqual([]);
    expect(items.map((i) => [i.deviceId, i.dateTime, i.dateTimeKind, i.values.length])).toEqual([
      ['3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1', '2019-10-16T12:20:44.9788512Z', 'UNSPECIFIED', 1],
      ['00112233-4455-6677-8899-aabbccddeeff', '2024-01-01T00:00:00.000Z', 'UTC', 2],
      ['3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1', '2024-01-01T00:00:00.000Z', 'UNSPECIFIED', 0],
    ]);
    expect(items[1]!.values).toEqual([
      { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1000.5 },
      { obis: '1-0:21.7.0*255', obisHex: '0100150700FF', value: -12.5 },
    ]);
  });

  it.each([
    ['(DAYS by default)', 'value: 19723', 'DAYS', '2024-01-01T00:00:00.000Z'],
    ['DAYS', 'value: 19723 scale: DAYS', 'DAYS', '2024-01-01T00:00:00.000Z'],
    ['HOURS', 'value: 473353 scale: HOURS', 'HOURS', '2024-01-01T01:00:00.000Z'],
    ['MINUTES', 'value: 28401121 scale: MINUTES', 'MINUTES', '2024-01-01T00:01:00.000Z'],
    ['SECONDS', 'value: 1704067201 scale: SECONDS kind: LOCAL', 'SECONDS', '2024-01-01T00:00:01.000Z'],
    ['MILLISECONDS', 'value: 1704067200001 scale: MILLISECONDS', 'MILLISECONDS', '2024-01-01T00:00:00.001Z'],
    ['TICKS', 'value: 17040672000000001 scale: TICKS', 'TICKS', '2024-01-01T00:00:00.0000001Z'],
    ['MINMAX max', 'value: 1 scale: MINMAX', 'MINMAX', '9999-12-31T23:59:59.9999999Z'],
    ['MINMAX min', 'value: -1 scale: MINMAX', 'MINMAX', '0001-01-01T00:00:00.000Z'],
  ])('decodes the DateTime scale %s', (_name, time, scale, iso) => {
    const [item] = decodeProtoc(device(B, time)).items;
    expect(item).toMatchObject({ dateTimeScale: scale, dateTime: iso });
  });

  it.each([
    ['DAYS', 'value: -1', '1969-12-31T00:00:00.000Z', '-864000000000'],
    ['SECONDS', 'value: -2208988800 scale: SECONDS', '1900-01-01T00:00:00.000Z', '-22089888000000000'],
    ['MILLISECONDS', 'value: -1 scale: MILLISECONDS', '1969-12-31T23:59:59.999Z', '-10000'],
    ['TICKS', 'value: -5 scale: TICKS', '1969-12-31T23:59:59.9999995Z', '-5'],
    [
      'TICKS, year 1',
      'value: -621355968000000000 scale: TICKS',
      '0001-01-01T00:00:00.000Z',
      '-621355968000000000',
    ],
  ])('decodes dates before 1970 (%s)', (_name, time, iso, ticks) => {
    expect(decodeProtoc(device(B, time)).items[0]).toMatchObject({ dateTime: iso, dateTimeTicks: ticks });
  });

  it('keeps sub-millisecond ticks exactly', () => {
    const [item] = decodeProtoc(device(B, 'value: 15712284449788519 scale: TICKS kind: UTC')).items;
    expect(item).toMatchObject({
      dateTimeTicks: '15712284449788519',
      dateTime: '2019-10-16T12:20:44.9788519Z',
    });
  });

  it('decodes extreme doubles exactly', () => {
    const values: [string, string][] = [
      'nan',
      'inf',
      '-inf',
      '-0',
      '4.9406564584124654e-324',
      '2.2250738585072009e-308',
      '1.7976931348623157e+308',
      '-1.7976931348623157e+308',
    ].map((v) => [OBIS_180, v]);
    const got = decodeProtoc(device(A, 'value: 1 scale: SECONDS', values)).items[0]!.values.map(
      (v) => v.value,
    );
    expect(got).toEqual([
      NaN,
      Infinity,
      -Infinity,
      -0,
      5e-324,
      2.2250738585072009e-308,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
    ]);
    expect(Object.is(got[3], -0)).toBe(true);
  });

  it('decodes payloads built with the variant without bcl', () => {
    const text = device(A, 'value: 15712284449788512 scale: TICKS', [[OBIS_180, '1879583.2']]);
    const { items } = decodeProtoc(text, 'com.company.DeviceDataArray', 'realtime-no-bcl.proto');
    expect(items[0]).toMatchObject({
      deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      values: [{ value: 1879583.2 }],
    });
  });

  it('skips and lists unknown fields from a newer schema, and still decodes the known ones', () => {
    const text = `${device(B, 'value: 1704067200 scale: SECONDS', [], `Name: "Flat 3" Rssi: -71 DeviceValues { Obis: "${OBIS_180}" Value: 7.5 Quality: 3 }`)} BatchId: 42`;
    const decoded = decodeProtoc(text, 'Newer.DeviceDataArray', 'realtime-newer.proto');
    expect(decoded.items[0]!.values).toEqual([
      { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 7.5 },
    ]);
    expect(decoded.unknownFields.map((u) => [u.path, u.fieldNumber])).toEqual([
      ['DeviceDataItems[0].DeviceValues[0]', 3],
      ['DeviceDataItems[0]', 4],
      ['DeviceDataItems[0]', 5],
      ['', 7],
    ]);
    expect(decoded.warnings).toEqual([]);
  });
});

function fromProtocText(msg: TextMessage): DeviceDataItem[] {
  return ((msg.DeviceDataItems ?? []) as TextMessage[]).map((d) => {
    const id = (d.DeviceId as TextMessage[])[0]!;
    const time = ((d.DateTime ?? [{}]) as TextMessage[])[0]!;
    return {
      deviceId: guidFromHalves(BigInt(String(id.lo?.[0] ?? '0')), BigInt(String(id.hi?.[0] ?? '0'))),
      time: {
        value: String(time.value?.[0] ?? '0'),
        scale: String(time.scale?.[0] ?? 'DAYS'),
        kind: String(time.kind?.[0] ?? 'UNSPECIFIED'),
      },
      values: ((d.DeviceValues ?? []) as TextMessage[]).map((v) => ({
        obisHex: Buffer.from(unescapeProtocBytes(String(v.Obis![0])))
          .toString('hex')
          .toUpperCase(),
        value: { nan: NaN, inf: Infinity, '-inf': -Infinity }[String(v.Value![0])] ?? Number(v.Value![0]),
      })),
    } as unknown as DeviceDataItem;
  });
}

describe('our encoder checked with protoc --decode', () => {
  it('writes the second vector as protoc reads it', () => {
    const bytes = encodeDeviceDataArray([
      {
        deviceId: '00112233-4455-6677-8899-aabbccddeeff',
        dateTime: '2024-01-01T00:00:00Z',
        dateTimeScale: 'SECONDS',
        values: [{ obis: '1-0:1.8.0*255', value: 1000.5 }],
      },
    ]);
    const text = protocDecode(bytes);
    expect(text).toContain(`lo: ${B.lo}`);
    expect(text).toContain(`hi: ${B.hi}`);
    expect(text).toMatch(/value: 1704067200\s+scale: SECONDS/);
    expect(text).toContain(`Obis: "${OBIS_180}"`);
    expect(text).toContain('Value: 1000.5');
  });

  it('writes random items that protoc decodes to the same values', () => {
    const samples = fc.sample(fc.array(itemArbitrary, { minLength: 1, maxLength: 4 }), {
      numRuns: 25,
      seed: 7,
    });
    for (const items of samples) {
      const parsed = fromProtocText(
        parseProtocText(protocDecode(encodeDeviceDataArray(items))),
      ) as unknown as {
        deviceId: string;
        time: { value: string; scale: string; kind: string };
        values: { obisHex: string; value: number }[];
      }[];
      expect(parsed.map((p) => p.deviceId)).toEqual(items.map((i) => i.deviceId));
      parsed.forEach((p, k) => {
        const item = items[k]!;
        expect(p.time.scale).toBe(item.dateTimeScale);
        expect(p.time.kind).toBe(item.dateTimeKind);
        const unit = {
          DAYS: 864000000000n,
          HOURS: 36000000000n,
          MINUTES: 600000000n,
          SECONDS: 10000000n,
          MILLISECONDS: 10000n,
          TICKS: 1n,
        }[item.dateTimeScale as 'DAYS'];
        const expected =
          item.dateTimeScale === 'MINMAX'
            ? BigInt(item.dateTimeTicks) === DATETIME_MAX_TICKS
              ? 1n
              : -1n
            : BigInt(item.dateTimeTicks) / unit;
        expect(BigInt(p.time.value)).toBe(expected);
        expect(p.values).toEqual(item.values.map((v) => ({ obisHex: v.obisHex, value: v.value })));
      });
    }
  });
});
