import { describe, expect, it } from 'vitest';
import {
  decodeMessages,
  encodeDeviceDataArray,
  parsePayloadInput,
  payloadToJson,
  toJsonSafe,
} from '../../../shared/realtime/index.ts';
import { loadVectors, toHex } from './fixtures.ts';

const HEX = loadVectors()[0]!.hex;

describe('decodeMessages', () => {
  it('decodes every framed message with offsets into the whole input', () => {
    const decoded = decodeMessages(parsePayloadInput(`5C${HEX}5C${HEX}`, { framing: 'delimited' }));
    expect(decoded.items).toHaveLength(2);
    const span = decoded.spans.find((s) => s.path === 'messages[1].DeviceDataItems[0]');
    expect(span!.range).toEqual({ start: 94, end: 186 });
  });

  it('shifts error offsets by skipped bytes', () => {
    const decoded = decodeMessages(parsePayloadInput(`FFFF${HEX.slice(0, 40)}`, { skip: 2 }));
    expect(decoded.error).toMatchObject({ offset: 3, path: 'DeviceDataItems[0]' });
    expect(decoded.error!.message).toContain('byte 3');
  });

  it('keeps decoding later messages after a bad one and reports the framing error', () => {
    const decoded = decodeMessages(
      parsePayloadInput(`020B00 5C${HEX} 5C${HEX.slice(0, 8)}`, { framing: 'delimited' }),
    );
    expect(decoded.error).toMatchObject({
      code: 'bad-wire-type',
      offset: 1,
      path: 'messages[0].DeviceDataItems[0]',
    });
    expect(decoded.items).toHaveLength(1);
    expect(decoded.warnings.at(-1)!.path).toBe('messages[2]');
  });
});

describe('payloadToJson', () => {
  it('gives exactly {"items":[]} for an empty payload', () => {
    expect(JSON.stringify(payloadToJson(decodeMessages(parsePayloadInput(''))))).toBe('{"items":[]}');
  });

  it('writes NaN, infinities and -0 as strings the encoder reads back', () => {
    const items = [
      {
        deviceId: '00112233-4455-6677-8899-aabbccddeeff',
        dateTimeTicks: '0',
        values: [NaN, Infinity, -Infinity, -0, 5e-324].map((value) => ({ obis: '1-0:1.8.0*255', value })),
      },
    ];
    const bytes = encodeDeviceDataArray(items);
    const json = JSON.parse(JSON.stringify(payloadToJson(decodeMessages(parsePayloadInput(bytes))))) as {
      items: { values: { value: unknown }[] }[];
    };
    expect(json.items[0]!.values.map((v) => v.value)).toEqual(['NaN', 'Infinity', '-Infinity', '-0', 5e-324]);
    expect(toHex(encodeDeviceDataArray(json.items as never))).toBe(toHex(bytes));
  });

  it('turns bigint and bytes into strings', () => {
    expect(toJsonSafe({ a: 1n << 70n, b: Uint8Array.from([1, 255]) })).toEqual({
      a: '1180591620717411303424',
      b: '01FF',
    });
  });
});
