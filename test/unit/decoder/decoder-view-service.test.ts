import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDecoderViewService } from '../../../main/services/decoder/decoder-view-service.ts';
import { fileProtoStore, PROTO_FILE } from '../../../main/services/decoder/proto-store.ts';
import { createRealtimeDecoder } from '../../../main/services/decoder/realtime-decoder.ts';
import { REALTIME_PROTO } from '../../../shared/realtime/index.ts';

const VENDOR_HEX =
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840';

const homes: string[] = [];
afterEach(async () => {
  for (const h of homes.splice(0)) await rm(h, { recursive: true, force: true });
});

async function service() {
  const home = await mkdtemp(join(tmpdir(), 'meterscope-decoder-'));
  homes.push(home);
  return { home, s: createDecoderViewService(createRealtimeDecoder(), fileProtoStore(home)) };
}

const request = (text: string, more: object = {}) => ({
  text,
  format: 'auto' as const,
  skip: 0,
  framing: 'none' as const,
  lang: 'en' as const,
  proto: null,
  ...more,
});

describe('the decoder view service', () => {
  it('names the vendor example field by field, with every reading and the byte ranges', async () => {
    const { s } = await service();
    const r = await s['decoder:decode'](request(VENDOR_HEX));
    const byPath = new Map(r.wire!.map((n) => [n.path, n]));
    expect(byPath.get('DeviceDataItems[0].DeviceId')?.meaning).toBe(
      'GUID 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
    );
    expect(byPath.get('DeviceDataItems[0].DateTime')?.meaning).toMatch(/^2019-10-16T12:20:44\.978/);
    const obis = byPath.get('DeviceDataItems[0].DeviceValues[0].Obis')!;
    expect(obis.meaning).toBe('OBIS 1-0:1.8.0*255');
    expect(obis.valueRange).toEqual({ start: 39, end: 45 });
    // The OBIS bytes are a value: their accidental parse as a message is a reading, not children.
    expect(r.wire!.some((n) => r.wire![n.parent] === obis)).toBe(false);
    const value = byPath.get('DeviceDataItems[0].DeviceValues[0].Value')!;
    expect(value.readings.map((x) => x.label)).toEqual(['fixed64', 'sfixed64', 'double']);
    expect(value.readings[2]?.value).toBe('1879583.2');
    const ticks = byPath.get('DeviceDataItems[0].DateTime.value')!;
    expect(ticks.readings.map((x) => x.label)).toEqual(['uint64', 'int64', 'sint64 (zigzag)', 'bool']);
    // Parents come before children and every child lies inside its parent.
    r.wire!.forEach((n, i) => {
      if (n.parent < 0) return;
      expect(n.parent).toBeLessThan(i);
      const p = r.wire![n.parent]!;
      expect(n.range.start).toBeGreaterThanOrEqual(p.valueRange.start);
      expect(n.range.end).toBeLessThanOrEqual(p.valueRange.end);
    });
  });

  it('fills the OBIS table with names, units, conversions and the assumed flag', async () => {
    const { s } = await service();
    const r = await s['decoder:decode'](request(VENDOR_HEX, { lang: 'de' }));
    expect(r.obis!.map((o) => o.code)).toEqual(['1-0:1.8.0*255', '1-0:2.8.0*255', '1-0:1.7.0*255']);
    const energy = r.obis![0]!;
    expect(energy.readings.slice(0, 2)).toEqual([
      { value: '1879583.2', unit: 'mWh' },
      { value: '1879.5832', unit: 'Wh' },
    ]);
    expect(energy.assumed).toBe(false);
    expect(energy.range).toEqual({ start: 46, end: 54 });
    expect(r.obis![2]!.assumed).toBe(true);
    expect(energy.name).not.toBe('');
  });

  it('points a truncated payload at its byte and keeps the tree read before it', async () => {
    const { s } = await service();
    const r = await s['decoder:decode'](request(VENDOR_HEX.slice(0, 60)));
    expect(r.decoded.error).toMatchObject({ code: 'length-past-end', offset: 1 });
    expect(r.hex).toHaveLength(60);
  });

  it('gives each framed message its own node, with offsets into the whole input', async () => {
    const { s } = await service();
    const one = VENDOR_HEX;
    const text = `5C${one}5C${one}`;
    const r = await s['decoder:decode'](request(text, { framing: 'delimited' }));
    const roots = r.wire!.filter((n) => n.parent === -1);
    expect(roots.map((n) => [n.path, n.range.start])).toEqual([
      ['messages[0]', 1],
      ['messages[1]', 94],
    ]);
    expect(r.decoded.items).toHaveLength(2);
  });

  it('decodes with a user .proto, keeps it across restarts, and says what is wrong with a bad one', async () => {
    const { s, home } = await service();
    const proto = { text: REALTIME_PROTO, typeName: 'DeviceDataArray', fileName: 'realtime.proto' };
    const set = await s['decoder:proto-set']({ proto });
    expect(set.types).toContain(set.proto!.typeName);
    const again = createDecoderViewService(createRealtimeDecoder(), fileProtoStore(home));
    expect((await again['decoder:proto-get']()).proto?.typeName).toBe(set.proto!.typeName);
    const r = await s['decoder:decode'](request(VENDOR_HEX, { proto: set.proto }));
    expect(r.proto?.error).toBeNull();
    expect(r.proto?.json).toContain('DeviceDataItems');
    await expect(
      s['decoder:proto-set']({ proto: { ...proto, text: 'message X { int32 a = ; }' } }),
    ).rejects.toMatchObject({ code: 'bad-schema' });
    const bad = await s['decoder:decode'](
      request(VENDOR_HEX, { proto: { ...proto, text: 'syntax = "proto3"; message' } }),
    );
    expect(bad.proto?.error?.code).toBe('bad-schema');
    expect(bad.decoded.items).toHaveLength(1);
    await s['decoder:proto-set']({ proto: null });
    expect((await again['decoder:proto-get']()).proto).toBeNull();
  });

  it('reads a damaged schema file as no schema instead of failing', async () => {
    const { s, home } = await service();
    await writeFile(join(home, PROTO_FILE), '{not json');
    expect((await s['decoder:proto-get']()).proto).toBeNull();
  });
});
