import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { accountHarness, type AccountHarness } from './account-harness.ts';

let sim: RunningSimulator;
const open: AccountHarness[] = [];
beforeAll(async () => {
  sim = await startSimulator({ meters: 3, gateways: 1, metersPerGateway: 2 });
});
afterAll(() => sim.close());
afterEach(async () => {
  for (const h of open.splice(0)) await h.close();
});
const harness = async (o: Parameters<typeof accountHarness>[0] = {}) => {
  const h = await accountHarness(o);
  open.push(h);
  return h;
};

describe('API key and Basic logins', () => {
  it('refuses a wrong password before storing anything, and says so', async () => {
    const h = await harness();
    const r = await h.call('auth:login', {
      method: 'basic',
      baseUrl: sim.baseUrl,
      username: 'demo',
      password: 'wrong',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(r.ok === false && r.error.message).not.toContain('wrong');
    expect((await h.data('auth:status')).login).toBeNull();
    expect(await h.secretStore.get(`login:${sim.baseUrl}`)).toBeUndefined();
  });

  it('keeps a working Basic login, remembers the server, and is logged in again after a restart', async () => {
    const secretStore = createMemorySecretStore();
    const first = await harness({ secretStore });
    const status = await first.data('auth:login', {
      method: 'basic',
      baseUrl: `${sim.baseUrl}/`,
      username: 'demo',
      password: 'demo',
    });
    expect(status.login).toMatchObject({
      flow: 'basic',
      baseUrl: sim.baseUrl,
      username: 'demo',
      stored: true,
    });
    expect(await first.nextEvent('auth:changed', (s) => s.login?.flow === 'basic')).toBeTruthy();
    const settings = JSON.parse(await readFile(join(first.home, 'settings.json'), 'utf8')) as {
      baseUrl: string;
    };
    expect(settings.baseUrl).toBe(sim.baseUrl);
    expect((await first.data('fleet:load', {})).devices.length).toBeGreaterThan(0);

    const again = await harness({ secretStore, home: first.home });
    expect((await again.data('auth:status')).login).toMatchObject({ flow: 'basic', username: 'demo' });
    expect((await again.data('fleet:load', {})).devices.length).toBeGreaterThan(0);
  });

  it('logs in with an API key and forgets it on logout', async () => {
    const h = await harness();
    await h.data('auth:login', { method: 'api-key', baseUrl: sim.baseUrl, apiKey: 'demo' });
    expect(await h.secretStore.get(`login:${sim.baseUrl}`)).toBeDefined();
    const out = await h.data('auth:logout');
    expect(out.login).toBeNull();
    expect(await h.secretStore.get(`login:${sim.baseUrl}`)).toBeUndefined();
    expect(await h.call('fleet:load', {})).toMatchObject({ ok: false, error: { code: 'not-connected' } });
  });

  it('never sends a password over plain http to another computer', async () => {
    const h = await harness();
    const r = await h.call('auth:login', {
      method: 'basic',
      baseUrl: 'http://example.com',
      username: 'demo',
      password: 'demo',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'insecure-url' } });
  });

  it('refuses empty fields with a message naming them', async () => {
    const h = await harness();
    const r = await h.raw('auth:login', { method: 'basic', username: ' ', password: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    expect(r.ok === false && r.error.message).toMatch(/user name.*password|password.*user name/s);
  });

  it('shows the last loaded fleet with its age when the cloud cannot be reached', async () => {
    const own = await startSimulator({ meters: 2, gateways: 1, metersPerGateway: 2 });
    const h = await harness();
    await h.data('auth:login', { method: 'basic', baseUrl: own.baseUrl, username: 'demo', password: 'demo' });
    const live = await h.data('fleet:load', {});
    await own.close();
    const cached = await h.data('fleet:load', { refresh: true });
    expect(cached).toMatchObject({ source: 'cache', stale: true, loadedAt: live.loadedAt });
    expect(cached.error?.code).toBe('offline');
    expect(cached.devices).toEqual(live.devices);
  });

  it('takes a login while offline (it cannot be checked) and says so', async () => {
    const gone = await startSimulator({ meters: 1, gateways: 0 });
    const baseUrl = gone.baseUrl;
    await gone.close();
    const h = await harness();
    const status = await h.data('auth:login', { method: 'api-key', baseUrl, apiKey: 'demo' });
    expect(status.login?.flow).toBe('api-key');
    expect(status.notice).toContain('could not be checked');
  });
});
