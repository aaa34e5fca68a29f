import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../../main/app.ts';
import { createHandlers } from '../../../main/ipc/create-handlers.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { contract } from '../../../shared/contract/contract.ts';
import type { Envelope } from '../../../shared/contract/envelope.ts';
import type { CallName, CallRequest, CallResponse } from '../../../shared/contract/types.ts';

const NGROK_TOKEN = 'ngrok-Tok3n-that-must-never-leave';
const PROXY_PASSWORD = 'Pr0xyPassw0rd';

let sim: RunningSimulator;
let home: string;
let app: App;
let call: <N extends CallName>(name: N, payload: CallRequest<N>) => Promise<Envelope<CallResponse<N>>>;
const internalErrors: unknown[] = [];

async function data<N extends CallName>(name: N, payload: CallRequest<N>): Promise<CallResponse<N>> {
  const r = await call(name, payload);
  if (!r.ok) throw new Error(`${name} failed: [${r.error.code}] ${r.error.message}`);
  return r.data;
}

beforeAll(async () => {
  sim = await startSimulator({ meters: 12, gateways: 2 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-app-report-'));
  app = createApp({
    host: 'web',
    version: '9.9.9-test',
    home,
    secretStore: createMemorySecretStore(),
    onInternalError: (e) => internalErrors.push(e),
  });
  const handlers = createHandlers(contract, app.services, {
    isTrustedSender: () => true,
    onInternalError: (e) => internalErrors.push(e),
  });
  call = (name, payload) => handlers.handle(null, name, payload) as never;
});
afterAll(async () => {
  await app.close();
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

describe('site report and support bundle from the app (report:build, support:bundle)', () => {
  it('asks to log in before a report, and still makes a bundle that says nobody was logged in', async () => {
    const report = await call('report:build', { format: 'html' });
    expect(report).toMatchObject({ ok: false, error: { code: 'not-connected' } });
    const bundle = JSON.parse((await data('support:bundle', { frames: 10 })).text) as {
      kind: string;
      login: unknown;
      errors: { source: string; code: string }[];
    };
    expect(bundle.kind).toBe('meterscope-support-bundle');
    expect(bundle.login).toBeNull();
    expect(bundle.errors).toContainEqual(expect.objectContaining({ source: 'login', code: 'not-connected' }));
  });

  it('writes the loaded fleet as a German HTML report and an English Markdown one', async () => {
    await data('auth:login', { method: 'basic', baseUrl: sim.baseUrl, username: 'demo', password: 'demo' });
    const fleet = await data('fleet:load', {});
    const offline = fleet.devices.filter((d) => !d.online);
    expect(offline.length).toBeGreaterThan(0);

    const html = await data('report:build', { format: 'html', lang: 'de' });
    expect(html.fileName).toMatch(/^meterscope-site-report-\d{8}-\d{4}\.html$/);
    expect(html.mimeType).toBe('text/html;charset=utf-8');
    expect(html.text).toContain('<html lang="de">');
    expect(html.text).toContain('Anlagenbericht');
    expect(html.text).toContain(`Offline-Geräte (${offline.length})`);
    expect(html.text).not.toMatch(/<script/i);

    const md = await data('report:build', { format: 'md', lang: 'en' });
    expect(md.fileName).toMatch(/\.md$/);
    expect(md.text).toContain('# Site report');
    expect(md.text).toContain('Meterscope 9.9.9-test (web)');
    for (const d of offline) expect(md.text).toContain(`| ${d.serial} |`);
  });

  it('leaves the ngrok token and URL passwords out of the support bundle, and keeps the fleet', async () => {
    await data('secrets:set', { name: 'ngrok-authtoken', value: NGROK_TOKEN });
    await data('settings:set', {
      tunnel: { provider: 'url', publicUrl: `https://tech:${PROXY_PASSWORD}@proxy.example.com/hook` },
    });
    const fleet = await data('fleet:load', {});
    const file = await data('support:bundle', { frames: 5 });
    expect(file.fileName).toMatch(/^meterscope-support-\d{8}-\d{4}\.json$/);
    expect(file.text).not.toContain(NGROK_TOKEN);
    expect(file.text).not.toContain(PROXY_PASSWORD);
    const bundle = JSON.parse(file.text) as {
      app: { host: string; version: string };
      login: { flow: string; baseUrl: string };
      settings: { settings: { tunnel: { publicUrl: string } } };
      fleet: { devices: unknown[] };
      summary: { devices: number };
    };
    expect(bundle.app).toMatchObject({ host: 'web', version: '9.9.9-test' });
    expect(bundle.login).toMatchObject({ flow: 'basic', baseUrl: sim.baseUrl });
    expect(bundle.settings.settings.tunnel.publicUrl).toContain('proxy.example.com/hook');
    expect(bundle.fleet.devices).toHaveLength(fleet.devices.length);
    expect(bundle.summary.devices).toBe(fleet.devices.length);
    expect(internalErrors).toEqual([]);
  });

  it('rejects a bad request with a clear error instead of building anything', async () => {
    const r = await call('report:build', { format: 'pdf' } as never);
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const b = await call('support:bundle', { frames: -1 } as never);
    expect(b.ok).toBe(false);
  });
});
