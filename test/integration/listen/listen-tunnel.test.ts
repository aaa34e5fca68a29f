import { createServer as createHttpServer, request } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { basicCredentials, createSmartMeApi } from '../../../main/services/api/index.ts';
import { summarizeCapture } from '../../../main/services/captures/index.ts';
import { createManualClock, startSimulator } from '../../../main/simulator/index.ts';
import { cli } from '../../helpers/cli.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';
import { EXAMPLE, send } from '../webhook/harness.ts';
import { runCli } from '../../../main/cli/main.ts';
import { freePort } from './free-port.ts';
import { LineReader } from './line-reader.ts';
import { listenInProcess } from './listen-in-process.ts';

let dir: string;
let cleanup: () => Promise<void>;
const closers: (() => Promise<unknown>)[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close();
  await cleanup();
});

/** The user's own reverse proxy in front of the listener (mounted under /base): the "public URL" of `--tunnel url:`. */
async function reverseProxy(targetPort: number): Promise<string> {
  const server = createHttpServer((req, res) => {
    const upstream = request(
      {
        host: '127.0.0.1',
        port: targetPort,
        path: req.url?.replace(/^\/base/, ''),
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  closers.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/base`;
}

describe('meterscope listen --tunnel / --register', () => {
  it('verifies a given public URL with a probe, prints it, and receives through it', async () => {
    const port = await freePort();
    const publicBase = await reverseProxy(port);
    const capture = join(dir, 'c.mscap');
    const run = await listenInProcess([
      '--port',
      String(port),
      '--capture',
      capture,
      '--tunnel',
      `url:${publicBase}`,
    ]);
    closers.push(() => run.stop());
    await run.stdout.json('tunnel', (s: { status?: string }) => s.status === 'verified');
    const listening = await run.stdout.json<{ publicUrl: string; url: string }>('listening');
    const secret = new URL(listening.url).pathname;
    expect(listening.publicUrl).toBe(`${publicBase}${secret}`);
    expect((await send(listening.publicUrl, { body: EXAMPLE })).status).toBe(200);
    await run.stdout.json('frame');
    await run.stop();
    const summary = await summarizeCapture(capture);
    expect(summary.records).toBe(1); // the probe is not a frame
    expect(summary.sessions[0]?.publicUrl).toBe(`${publicBase}/[secret]`);
  });

  it('registers a meter with the cloud, receives its pushes, and removes the registration on Ctrl-C', async () => {
    const sim = await startSimulator({
      seed: 5,
      meters: 3,
      gateways: 0,
      pushIntervalMs: 3_600_000,
      clock: createManualClock(Date.UTC(2026, 6, 25, 12)).now,
    });
    closers.push(() => sim.close());
    const api = createSmartMeApi({ baseUrl: sim.baseUrl, credentials: basicCredentials('demo', 'demo') });
    closers.push(() => api.close());
    const meter = (await api.devices()).find((d) => d.DeviceEnergyType !== 8) as { Id: string };
    const port = await freePort();
    const publicBase = await reverseProxy(port);
    const run = await listenInProcess([
      ...['--port', String(port), '--capture', join(dir, 'c.mscap'), '--tunnel', `url:${publicBase}`],
      ...['--register', `device:${meter.Id}`, '--basic-auth', 'cloud:pw'],
      ...['--base-url', sim.baseUrl, '--user', 'demo', '--password', 'demo'],
    ]);
    const registered = await run.stdout.json<{ id: string; hookUrl: string; ours: boolean }>('registered');
    expect(registered.ours).toBe(true);
    expect(registered.hookUrl.startsWith(publicBase)).toBe(true);
    const [listed] = await api.registrations();
    expect(listed).toMatchObject({ RegistrationType: 1, MeterId: meter.Id, ApiUrl: registered.hookUrl });
    const frame = await run.stdout.json<{ items: { deviceId: string }[] }>('frame');
    expect(frame.items[0]?.deviceId).toBe(meter.Id);
    expect(await run.stop()).toBe(0);
    expect(await run.stdout.json('stopped')).toMatchObject({
      removed: { removed: [registered.id], failed: [] },
    });
    expect(await api.registrations()).toEqual([]);
  });

  it('stops cleanly on Ctrl-C while the tunnel is still being verified', async () => {
    const dead = `http://127.0.0.1:${await freePort()}`;
    const controller = new AbortController();
    const stdout = new LineReader();
    let stderr = '';
    const exit = runCli(
      ['listen', '--json', '--capture', join(dir, 'never.mscap'), '--tunnel', `url:${dead}`],
      {
        out: (t) => stdout.push(t),
        err: (t) => void (stderr += t),
        readStdin: async () => new Uint8Array(),
        signal: controller.signal,
        env: {},
      },
    );
    await stdout.json('tunnel', (s: { status?: string }) => s.status === 'url-assigned');
    controller.abort();
    expect(await exit).toBe(0);
    expect(stderr).toContain('Stopped before the tunnel was verified');
    await expect(summarizeCapture(join(dir, 'never.mscap'))).rejects.toMatchObject({
      code: 'capture-missing',
    });
  });

  it('refuses a tunnel or register option it cannot read', async () => {
    expect((await cli(['listen', '--tunnel', 'carrier-pigeon'])).code).toBe(2);
    const r = await cli(['listen', '--register', 'device:nope']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('device:<device GUID> or account');
  });
});
