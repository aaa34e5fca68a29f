import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { fakeBrowser } from '../auth/helpers/fake-browser.ts';
import { accountHarness, type AccountHarness } from './account-harness.ts';

let sim: RunningSimulator;
let h: AccountHarness | undefined;
beforeAll(async () => {
  sim = await startSimulator({ meters: 2, gateways: 1, metersPerGateway: 2 });
});
afterAll(() => sim.close());
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const approve = () => fakeBrowser({ decision: 'approve', username: 'demo', password: 'demo' });

/** Starts a PKCE login of the demo client, as the Connect view's form does. */
const startPkce = (harness: AccountHarness) =>
  harness.data('auth:login', { method: 'pkce', baseUrl: sim.baseUrl, clientId: 'meterscope-demo' });

/** The address a started PKCE login asks the browser to open. */
const authorizeUrl = (started: Awaited<ReturnType<typeof startPkce>>) =>
  started.pending?.flow === 'pkce' ? started.pending.authorizeUrl : '';

describe('OAuth logins from the Connect view', () => {
  it('PKCE: answers the authorize URL at once, then logs in when the browser comes back', async () => {
    h = await accountHarness();
    const started = await startPkce(h);
    expect(started.login).toBeNull();
    expect(started.pending?.flow).toBe('pkce');
    const url = new URL(authorizeUrl(started));
    expect(url.pathname).toBe('/oauth/authorize');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');

    const changed = h.nextEvent('auth:changed', (s) => s.login !== null);
    await approve().open(url.href);
    const status = await changed;
    expect(status.login).toMatchObject({
      flow: 'pkce',
      clientId: 'meterscope-demo',
      refreshable: true,
      stored: true,
    });
    expect(status.pending).toBeNull();
    expect(JSON.stringify(h.events)).not.toMatch(/access_?token|refresh_?token/i);
    const settings = JSON.parse(await readFile(join(h.home, 'settings.json'), 'utf8')) as {
      oauth: { clientId: string };
    };
    expect(settings.oauth.clientId).toBe('meterscope-demo');
    expect((await h.data('fleet:load', {})).devices.length).toBeGreaterThan(0);
  });

  it('PKCE: a denied login ends the wait and the reason reaches the view', async () => {
    h = await accountHarness();
    const started = await startPkce(h);
    const failed = h.nextEvent('auth:changed', (s) => s.error !== null);
    await fakeBrowser({ decision: 'deny', username: 'demo', password: 'demo' }).open(authorizeUrl(started));
    const status = await failed;
    expect(status).toMatchObject({ login: null, pending: null, error: { code: 'access_denied' } });
  });

  it('cancel stops waiting for the browser', async () => {
    h = await accountHarness();
    const started = await startPkce(h);
    const status = await h.data('auth:cancel');
    expect(status.pending).toBeNull();
    const page = await approve()
      .open(authorizeUrl(started))
      .then(
        () => 'reached',
        () => 'refused',
      );
    expect(page).toBe('refused');
    expect((await h.data('auth:status')).login).toBeNull();
  });

  it('asks for the client ID when neither the form nor the settings have one', async () => {
    h = await accountHarness();
    const r = await h.call('auth:login', { method: 'pkce', baseUrl: sim.baseUrl });
    expect(r).toMatchObject({ ok: false, error: { code: 'client-id-missing' } });
  });

  it('Device Code: shows the code to type, and logs in once it is approved', async () => {
    h = await accountHarness();
    const started = await h.data('auth:login', {
      method: 'device',
      baseUrl: sim.baseUrl,
      clientId: 'meterscope-demo',
    });
    if (started.pending?.flow !== 'device') throw new Error('no device code');
    expect(started.pending.userCode).toMatch(/\S{4,}/);
    const changed = h.nextEvent('auth:changed', (s) => s.login !== null);
    await fakeBrowser({
      decision: 'approve',
      username: 'demo',
      password: 'demo',
      fields: { user_code: started.pending.userCode },
    }).open(started.pending.verificationUri);
    expect((await changed).login).toMatchObject({ flow: 'device', clientId: 'meterscope-demo' });
  });

  it('the redirect self-test says which URI to register', async () => {
    h = await accountHarness();
    const r = await h.data('auth:selfTest', {});
    expect(r).toMatchObject({ ok: true, registerUri: 'http://127.0.0.1/callback' });
  });
});
