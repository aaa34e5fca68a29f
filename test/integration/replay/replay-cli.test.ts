import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.ts';
import { TWO_VALUES } from '../../unit/captures/fixtures.ts';
import { freePort } from '../listen/free-port.ts';
import { EXAMPLE, send, startHarness, type Harness } from '../webhook/harness.ts';

const GARBAGE = Buffer.from([0xff, 0xfe, 0x01]);

let source: Harness;
let target: Harness;
beforeEach(async () => {
  source = await startHarness();
  for (const body of [EXAMPLE, TWO_VALUES, GARBAGE]) await send(source.listener.url, { body });
  await source.listener.close();
  await source.writer.close();
  target = await startHarness();
});
afterEach(async () => {
  await target.stop();
  await source.stop();
});

describe('meterscope replay', () => {
  it('re-sends every captured payload byte for byte and reports each answer', async () => {
    const r = await cli(['replay', source.path, '--to', target.listener.url, '--concurrency', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('#1  HTTP 200');
    expect(r.stdout).toContain('3 sent, 3 answered 2xx, 0 failed.');
    const bodies = (await target.records()).map((rec) => Buffer.from(rec.body));
    expect(bodies).toEqual([EXAMPLE, TWO_VALUES, GARBAGE]);
    const [first] = await target.records();
    expect(first?.headers).toContainEqual(['x-meterscope-replay', '1']);
  });

  it('replays only the selected records, with edited values re-encoded', async () => {
    const r = await cli([
      'replay',
      source.path,
      '--to',
      target.listener.url,
      '--select',
      '1-2',
      '--set',
      '1-0:1.8.0*255=42',
      '--json',
    ]);
    expect(r.code).toBe(0);
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; edited?: boolean });
    expect(lines.filter((l) => l.type === 'result').every((l) => l.edited)).toBe(true);
    await target.framesReached(2);
    const values = target.frames
      .sort((a, b) => a.items[0]!.deviceId.localeCompare(b.items[0]!.deviceId))
      .map((f) => f.items[0]?.values.map((v) => [v.obis, v.value]));
    expect(values).toEqual([
      [
        ['1-0:1.8.0*255', 42],
        ['1-0:21.7.0*255', -12.5],
      ],
      [
        ['1-0:1.8.0*255', 42],
        ['1-0:2.8.0*255', 0],
        ['1-0:1.7.0*255', 24.19],
      ],
    ]);
  });

  it('reports a dead target per request, exits 1, and does not crash', async () => {
    const port = await freePort();
    const r = await cli(['replay', source.path, '--to', `http://127.0.0.1:${port}/x`]);
    expect(r.code).toBe(1);
    expect(r.stdout.match(/failed: .*ECONNREFUSED/g)).toHaveLength(3);
    expect(r.stdout).toContain('3 sent, 0 answered 2xx, 3 failed.');
  });

  it('explains usage mistakes', async () => {
    expect((await cli(['replay', source.path])).stderr).toContain('--to URL is required');
    expect((await cli(['replay', source.path, '--to', 'ftp://x'])).code).toBe(2);
    expect((await cli(['replay', source.path, '--to', 'http://x', '--select', 'zz'])).stderr).toContain(
      '--select',
    );
    expect((await cli(['replay', source.path, '--to', 'http://x', '--set', 'x=1'])).code).toBe(2);
    expect((await cli(['replay', source.path, '--to', 'http://x', '--timing', 'slow'])).code).toBe(2);
  });
});

describe('meterscope trigger', () => {
  it('builds a payload from OBIS=value pairs that the listener decodes to exactly those values', async () => {
    const r = await cli([
      'trigger',
      '--to',
      target.listener.url,
      '--device',
      '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      '--value',
      '1-0:1.8.0*255=1879583.2',
      '--value',
      '1.7.0=-24.5',
      '--time',
      '2024-03-01T12:00:00.5Z',
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/HTTP 200 \(\d+ bytes: 0A/);
    await target.framesReached(1);
    const [item] = target.frames[0]?.items ?? [];
    expect(item).toMatchObject({
      deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      dateTime: '2024-03-01T12:00:00.500Z',
      dateTimeScale: 'TICKS',
    });
    expect(item?.values.map((v) => [v.obis, v.value])).toEqual([
      ['1-0:1.8.0*255', 1879583.2],
      ['1-0:1.7.0*255', -24.5],
    ]);
  });

  it('refuses a bad GUID or OBIS before sending, and exits 1 on a dead target', async () => {
    const base = ['trigger', '--to', target.listener.url, '--value', '1.8.0=1'];
    const badGuid = await cli([...base, '--device', 'not-a-guid']);
    expect(badGuid.code).toBe(2);
    expect(badGuid.stderr).toContain('--device "not-a-guid" is not a device GUID');
    const badObis = await cli([
      'trigger',
      '--to',
      target.listener.url,
      '--device',
      '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      '--value',
      'x.y=1',
    ]);
    expect(badObis.code).toBe(2);
    expect(await target.records()).toEqual([]);
    const dead = await cli([
      'trigger',
      '--to',
      `http://127.0.0.1:${await freePort()}/`,
      '--device',
      '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      '--value',
      '1.8.0=1',
    ]);
    expect(dead.code).toBe(1);
    expect(dead.stderr).toMatch(/failed: connection refused: nothing listens .*ECONNREFUSED/);
  });
});
