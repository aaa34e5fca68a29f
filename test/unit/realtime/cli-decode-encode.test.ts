import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.ts';
import { hex, loadVectors } from './fixtures.ts';

const [documented, seconds] = loadVectors();
const HEX = documented!.hex;
const dir = mkdtempSync(join(tmpdir(), 'meterscope-decode-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('meterscope decode', () => {
  it('prints a table with the device, time, OBIS names, values and converted units', async () => {
    const r = await cli(['decode', HEX]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Device 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1  2019-10-16T12:20:44.9788512Z');
    expect(r.stdout).toMatch(
      /1-0:1\.8\.0\*255 +Active energy import.* 1879583\.2 +mWh +1879\.5832 Wh, 1\.8795832 kWh/,
    );
    expect(r.stdout).toMatch(/1-0:1\.7\.0\*255 .* 24\.19 +W\*/);
    expect(r.stdout).toContain('* unit assumed');
    expect(r.stderr).toBe('');
  });

  it('prints the documented JSON shape with --json', async () => {
    const r = await cli(['decode', '--json', HEX]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout) as { items: Record<string, unknown>[] };
    expect(json).toEqual({
      items: [
        {
          deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
          dateTime: '2019-10-16T12:20:44.9788512Z',
          dateTimeTicks: '15712284449788512',
          dateTimeScale: 'TICKS',
          dateTimeKind: 'UNSPECIFIED',
          values: [
            { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1879583.2 },
            { obis: '1-0:2.8.0*255', obisHex: '0100020800FF', value: 0 },
            { obis: '1-0:1.7.0*255', obisHex: '0100010700FF', value: 24.19 },
          ],
        },
      ],
    });
  });

  it('prints {"items":[]} for empty input', async () => {
    for (const args of [
      ['decode', '--json', ''],
      ['decode', '--json', '-'],
    ]) {
      const r = await cli(args, '');
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout)).toEqual({ items: [] });
    }
  });

  it('exits 1 naming the byte offset, keeps the partial items and puts error.offset in the JSON', async () => {
    const r = await cli(['decode', '--json', HEX.slice(0, 110)]);
    expect(r.code).toBe(1);
    const json = JSON.parse(r.stdout) as {
      items: { values: unknown[] }[];
      error: { offset: number; code: string };
    };
    expect(json.error).toMatchObject({ offset: 1, code: 'length-past-end', path: 'DeviceDataItems[0]' });
    expect(json.items[0]!.values).toHaveLength(1);
    expect(r.stderr).toContain('byte 1');
    const table = await cli(['decode', HEX.slice(0, 110)]);
    expect(table.code).toBe(1);
    expect(table.stdout).toContain('1879583.2');
    expect(table.stderr).toMatch(/byte 1 in DeviceDataItems\[0\].*\n.*0A 5A 0A 12/);
  });

  it('exits 1 on input that is not a payload, naming the character', async () => {
    const r = await cli(['decode', `${HEX.slice(0, 14)}g${HEX.slice(15)}`]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("character 'g' at position 14 is not hex");
    const json = await cli(['decode', '--json', 'zz!']);
    expect(JSON.parse(json.stdout)).toMatchObject({ items: [], error: { code: 'bad-input' } });
  });

  it('exits 2 on usage errors', async () => {
    expect((await cli(['decode'])).code).toBe(2);
    expect((await cli(['decode', '--format', 'octal', HEX])).code).toBe(2);
    expect((await cli(['decode', '--framing', 'zip', HEX])).code).toBe(2);
    expect((await cli(['decode', '--skip', '-3', HEX])).code).toBe(2);
    expect((await cli(['decode', '--proto', 'x.proto', HEX])).code).toBe(2);
    expect((await cli(['decode', '--bogus', HEX])).code).toBe(2);
    expect((await cli(['decode', HEX, HEX])).code).toBe(2);
  });

  it('reads @file: binary as bytes, text as text', async () => {
    const bin = join(dir, 'payload.bin');
    const txt = join(dir, 'payload.txt');
    writeFileSync(bin, hex(HEX));
    writeFileSync(txt, `${HEX.match(/.{1,40}/g)!.join('\n')}\n`);
    for (const file of [bin, txt]) {
      const r = await cli(['decode', '--json', `@${file}`]);
      expect(r.code).toBe(0);
      expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toHaveLength(1);
    }
    const missing = await cli(['decode', `@${join(dir, 'nope.bin')}`]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no such file');
  });

  it('reads standard input with -', async () => {
    const r = await cli(['decode', '--json', '-'], Buffer.from(hex(HEX)).toString('base64'));
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as { items: unknown[] }).items).toHaveLength(1);
  });

  it('honours --format, --skip and --framing', async () => {
    const decimal = await cli(['decode', '--json', '--format', 'decimal', [...hex(HEX)].join(' ')]);
    expect(decimal.code).toBe(0);
    const skipped = await cli(['decode', '--json', '--skip', '2', `FFFF${HEX}`]);
    expect((JSON.parse(skipped.stdout) as { items: unknown[] }).items).toHaveLength(1);
    const framed = await cli([
      'decode',
      '--json',
      '--framing',
      'delimited',
      `5C${HEX}46${seconds!.hex.slice(0, 20)}`,
    ]);
    expect(framed.code).toBe(1);
    const stream = await cli(['decode', '--json', '--framing', 'delimited', `5C${HEX}46${seconds!.hex}`]);
    expect(stream.code).toBe(0);
    expect((JSON.parse(stream.stdout) as { items: unknown[] }).items).toHaveLength(2);
  });

  it('prints the wire tree with byte ranges and every reading with --raw', async () => {
    const r = await cli(['decode', '--raw', HEX]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('[4..13) #1 I64 DeviceDataItems[0].DeviceId.lo: uint64 4720792267652136169');
    expect(r.stdout).toContain('sint 15712284449788512');
    const json = JSON.parse((await cli(['decode', '--raw', '--json', HEX])).stdout) as { fields: unknown[] };
    expect(json.fields).toHaveLength(1);
  });

  it('decodes any message with --proto and --type', async () => {
    const proto = join(dir, 'reading.proto');
    writeFileSync(proto, 'syntax = "proto3";\nmessage Reading { string meter = 1; sint64 delta = 2; }\n');
    const r = await cli(['decode', '--proto', proto, '--type', 'Reading', '0A 03 414243 10 03']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ typeName: 'Reading', value: { meter: 'ABC', delta: '-2' } });
    const shipped = await cli(['decode', '--type', 'DeviceDataArray', HEX]);
    expect(JSON.parse(shipped.stdout)).toMatchObject({
      value: { DeviceDataItems: [{ DateTime: { scale: 'TICKS' } }] },
    });
    writeFileSync(proto, 'syntax = "proto3";\nmessage Broken {\n  int32 x = ;\n}\n');
    const bad = await cli(['decode', '--proto', proto, '--type', 'Broken', HEX]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${proto}: illegal id ';' (line 3)`);
  });
});

describe('meterscope encode', () => {
  it('prints upper-case hex of the second vector', async () => {
    const json = JSON.stringify({
      deviceId: '00112233-4455-6677-8899-aabbccddeeff',
      dateTime: '2024-01-01T00:00:00Z',
      dateTimeScale: 'SECONDS',
      values: [
        { obis: '1-0:1.8.0*255', value: 1000.5 },
        { obis: '1-0:21.7.0*255', value: -12.5 },
      ],
    });
    const r = await cli(['encode', json]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${seconds!.hex}\n`);
  });

  it('accepts the decode --json output from stdin and reproduces the payload', async () => {
    const decoded = await cli(['decode', '--json', HEX]);
    const r = await cli(['encode', '-'], decoded.stdout);
    expect(r.stdout.trim()).toBe(HEX);
    const array = JSON.stringify((JSON.parse(decoded.stdout) as { items: unknown[] }).items);
    expect((await cli(['encode', array])).stdout.trim()).toBe(HEX);
  });

  it('exits 1 naming the bad field, or the JSON error', async () => {
    const bad = await cli(['encode', '[{"deviceId":"nope","dateTime":"2024-01-01T00:00:00Z"}]']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('items[0].deviceId');
    const notJson = await cli(['encode', '{items:']);
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('not JSON');
    expect((await cli(['encode'])).code).toBe(2);
  });
});
