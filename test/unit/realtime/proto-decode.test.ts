import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  decodeWithProto,
  PayloadError,
  REALTIME_NO_BCL_PROTO,
  REALTIME_PROTO,
  SHIPPED_PROTOS,
} from '../../../shared/realtime/index.ts';
import { hex, loadVectors } from './fixtures.ts';

const example = hex(loadVectors()[0]!.hex);

function schemaErrorOf(proto: string, type: string): PayloadError['info'] {
  try {
    decodeWithProto(proto, type, example);
  } catch (e) {
    expect(e).toBeInstanceOf(PayloadError);
    return (e as PayloadError).info;
  }
  throw new Error('expected a PayloadError');
}

describe('the shipped .proto files', () => {
  it.each(Object.keys(SHIPPED_PROTOS))('%s is embedded verbatim', (name) => {
    const file = readFileSync(new URL(`../../../shared/realtime/proto/${name}`, import.meta.url), 'utf8');
    expect(SHIPPED_PROTOS[name]).toBe(file);
  });
});

describe('decodeWithProto', () => {
  it.each([
    ['the bcl variant', REALTIME_PROTO, 'RealtimeApi.Containers.DeviceDataArray'],
    ['the variant without bcl', REALTIME_NO_BCL_PROTO, 'DeviceDataArray'],
  ])('decodes the documented example with %s', (_name, proto, type) => {
    const result = decodeWithProto(proto, type, example);
    expect(result.error).toBeUndefined();
    expect(result.value).toMatchObject({
      DeviceDataItems: [
        {
          DeviceId: { lo: '4720792267652136169', hi: '11613835806364193203' },
          DateTime: { value: '15712284449788512', scale: 'TICKS' },
          DeviceValues: [
            { Obis: '0100010800FF', Value: 1879583.2 },
            { Obis: '0100020800FF', Value: 0 },
            { Obis: '0100010700FF', Value: 24.19 },
          ],
        },
      ],
    });
  });

  it('names the line of a schema syntax error', () => {
    const info = schemaErrorOf('syntax = "proto2";\nmessage A {\n  required fixed64 x = 1\n}', 'A');
    expect(info.code).toBe('bad-schema');
    expect(info.message).toContain('line 4');
  });

  it('lists the types when the requested one does not exist', () => {
    expect(schemaErrorOf(REALTIME_NO_BCL_PROTO, 'Nope').message).toContain('com.company.DeviceValue');
  });

  it('says which import is missing', () => {
    expect(schemaErrorOf('import "other.proto"; message A {}', 'A').message).toContain('other.proto');
  });

  it('uses supplied imports and the well-known types', () => {
    const main =
      'syntax = "proto3"; import "google/protobuf/timestamp.proto"; import "x.proto"; message A { google.protobuf.Timestamp t = 1; X x = 2; }';
    const r = decodeWithProto(main, 'A', hex('0A 02 0801 12 02 0805'), {
      imports: { 'x.proto': 'syntax = "proto3"; message X { int32 n = 1; }' },
    });
    expect(r.value).toEqual({ t: { seconds: '1' }, x: { n: 5 } });
  });

  it('keeps the decoded message when a required field is missing', () => {
    const r = decodeWithProto(
      'syntax = "proto2"; message A { required int32 a = 1; optional int32 b = 2; }',
      'A',
      hex('1001'),
    );
    expect(r.value).toEqual({ b: 1 });
    expect(r.warnings[0]).toContain("missing required 'a'");
  });

  it('locates a payload error with the wire walker', () => {
    const r = decodeWithProto(REALTIME_PROTO, 'DeviceDataArray', example.subarray(0, 40));
    expect(r.error).toMatchObject({ code: 'length-past-end', offset: 1 });
  });
});
