import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeCapture } from '../../../main/services/captures/index.ts';
import { cli } from '../../helpers/cli.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';
import { EXAMPLE, send } from '../webhook/harness.ts';
import { listenInProcess } from './listen-in-process.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

interface FrameLine {
  seq: number;
  status: string;
  receivedAt: string;
  items: { deviceId: string; values: { obis: string; value: number | string }[] }[];
  error?: { offset: number };
  hex: string;
}

describe('meterscope listen', () => {
  it('prints the URL, then one NDJSON line per payload with the decoded items, and stops on Ctrl-C', async () => {
    const capture = join(dir, 'c.mscap');
    const run = await listenInProcess(['--capture', capture]);
    expect(run.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{22}$/);
    expect((await send(run.url, { body: EXAMPLE })).status).toBe(200);
    const frame = await run.stdout.json<FrameLine>('frame');
    expect(frame).toMatchObject({ seq: 1, status: 'ok', hex: EXAMPLE.toString('hex').toUpperCase() });
    expect(frame.receivedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{9}Z$/);
    expect(frame.items[0]?.values).toEqual([
      { obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: 1879583.2 },
      { obis: '1-0:2.8.0*255', obisHex: '0100020800FF', value: 0 },
      { obis: '1-0:1.7.0*255', obisHex: '0100010700FF', value: 24.19 },
    ]);
    expect(await run.stop()).toBe(0);
    expect(await run.stdout.json('stopped')).toMatchObject({ frames: 1, capture });
    expect((await summarizeCapture(capture)).records).toBe(1);
  });

  it('without --json prints one readable line per payload, values with their units, and what * means', async () => {
    const capture = join(dir, 'c.mscap');
    const run = await listenInProcess(['--capture', capture], {}, { human: true });
    expect(run.stdout.lines).toContain(
      "Values in the Realtime API's units. * unit assumed: smart-me documents the realtime unit only for energy (mWh).",
    );
    expect((await send(run.url, { body: EXAMPLE })).status).toBe(200);
    const line = await run.stdout.waitFor((l) => l.includes('#1'));
    expect(line).toMatch(/#1 {2}ok {2}92 B {2}3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1 /);
    expect(line).toContain('1-0:1.8.0*255=1879583.2 mWh, 1-0:2.8.0*255=0 mWh*, 1-0:1.7.0*255=24.19 W*');
    expect(await run.stop()).toBe(0);
    expect(run.stdout.lines.at(-1)).toBe(`Stopped. 1 payload captured in ${capture}.`);
  });

  it('continues an existing capture, numbering on, and says so', async () => {
    const capture = join(dir, 'c.mscap');
    const first = await listenInProcess(['--capture', capture]);
    await send(first.url, { body: EXAMPLE });
    await first.stop();
    const second = await listenInProcess(['--capture', capture]);
    expect(await second.stdout.json('listening')).toMatchObject({
      captureState: 'continuing after 1 records',
    });
    await send(second.url, { body: EXAMPLE });
    expect((await second.stdout.json<FrameLine>('frame')).seq).toBe(2);
    await second.stop();
    expect((await summarizeCapture(capture)).sessions).toHaveLength(2);
  });

  it('writes to a new file in the captures folder when no --capture is given', async () => {
    const run = await listenInProcess([], { METERSCOPE_HOME: dir });
    const line = await run.stdout.json<{ capture: string }>('listening');
    expect(line.capture.startsWith(join(dir, 'captures', 'capture-'))).toBe(true);
    await run.stop();
    expect((await summarizeCapture(line.capture)).sessions).toHaveLength(1);
  });

  it('requires the Basic credentials given with --basic-auth', async () => {
    const run = await listenInProcess(['--capture', join(dir, 'c.mscap'), '--basic-auth', 'cloud:pw']);
    expect((await send(run.url, { body: EXAMPLE })).status).toBe(401);
    const authorization = `Basic ${Buffer.from('cloud:pw').toString('base64')}`;
    expect((await send(run.url, { body: EXAMPLE, headers: { authorization } })).status).toBe(200);
    await run.stop();
  });

  it('explains a port that is taken and usage mistakes', async () => {
    const run = await listenInProcess(['--capture', join(dir, 'a.mscap')]);
    const port = new URL(run.url).port;
    const taken = await cli(['listen', '--port', port, '--capture', join(dir, 'b.mscap')]);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain(`port ${port} is already in use`);
    await run.stop();
    expect((await cli(['listen', '--port', 'abc'])).code).toBe(2);
    expect((await cli(['listen', '--basic-auth', 'nocolon'])).stderr).toContain('user:password');
    expect((await cli(['listen', '--fast-send'])).stderr).toContain(
      '--fast-send needs --register device:<id>',
    );
    expect((await cli(['listen', '--fast-send', '--register', 'account'])).stderr).toContain(
      '--fast-send needs --register device:<id>',
    );
    expect((await cli(['listen', '--secret', 'short', '--capture', join(dir, 'c.mscap')])).stderr).toContain(
      '128 bits',
    );
  });
});
