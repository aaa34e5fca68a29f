import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  loginWithDeviceCode,
  type DeviceCodePrompt,
  type DeviceLoginOptions,
} from '../../../main/services/auth/device-login.ts';
import type { Wait } from '../../../main/services/auth/wait.ts';
import { fakeBrowser } from './helpers/fake-browser.ts';
import {
  ACCOUNTS,
  postForm,
  startOAuthServer,
  userStatus,
  type TestOAuth,
} from './helpers/oauth-test-server.ts';

const demo = ACCOUNTS[0]!;
let server: TestOAuth;
beforeEach(async () => (server = await startOAuthServer()));
afterEach(() => server.close());

/** A Device Code login against the test server: the demo client, scope device.read, no prompt unless `o` says. */
const deviceLogin = (o: Partial<DeviceLoginOptions>) =>
  loginWithDeviceCode({
    baseUrl: server.baseUrl,
    clientId: 'meterscope-demo',
    scope: 'device.read',
    onPrompt: () => undefined,
    ...o,
  });

const polls = () => server.seen.filter((s) => s === 'POST /oauth/token').length;

/** A scripted wait: step i runs before poll i+1 and may move the clock or act as the person. */
function scriptedWait(steps: ((ms: number) => Promise<void> | void)[]): { wait: Wait; asked: number[] } {
  const asked: number[] = [];
  return {
    asked,
    wait: async (ms) => {
      asked.push(ms);
      const step = steps[asked.length - 1];
      if (!step) throw new Error(`unexpected poll ${asked.length}`);
      await step(ms);
    },
  };
}

async function verify(prompt: DeviceCodePrompt | undefined, decision: 'approve' | 'deny') {
  const browser = fakeBrowser({ decision, username: demo.username, password: demo.password });
  await browser.open(prompt!.verificationUriComplete!);
  return browser.lastPage();
}

describe('Device Code login (RFC 8628)', () => {
  it('polls: pending, slow_down (+5 s), then approved on the verify page', async () => {
    let prompt: DeviceCodePrompt | undefined;
    let approvedPage = '';
    const { wait, asked } = scriptedWait([
      () => server.clock.advance(5000),
      () => undefined,
      async (ms) => {
        approvedPage = (await verify(prompt, 'approve')).body;
        server.clock.advance(ms);
      },
    ]);
    const tokens = await deviceLogin({
      scope: 'device.read offline_access',
      onPrompt: (p) => (prompt = p),
      wait,
      clock: server.clock.now,
    });
    expect(prompt!.userCode).toMatch(/^\d{4}-\d{4}-\d{4}$/);
    expect(prompt!.verificationUri).toBe(`${server.baseUrl}/oauth/verify`);
    expect(prompt!.expiresInSeconds).toBe(600);
    expect(asked).toEqual([5000, 5000, 10_000]);
    expect(approvedPage).toContain('You can return to your device');
    expect(tokens.refreshToken).toBeTruthy();
    expect(await userStatus(server.baseUrl, tokens.accessToken)).toBe(200);
  });

  it('stops with expired_token when the server says the code expired', async () => {
    const { wait } = scriptedWait([() => server.clock.advance(601_000)]);
    const login = deviceLogin({
      wait,
      clock: () => 0,
    });
    await expect(login).rejects.toMatchObject({ code: 'expired_token' });
    expect(polls()).toBe(1);
  });

  it('stops polling by itself once its own deadline has passed', async () => {
    const { wait } = scriptedWait([() => server.clock.advance(600_000)]);
    const login = deviceLogin({
      wait,
      clock: server.clock.now,
    });
    await expect(login).rejects.toMatchObject({ code: 'expired_token' });
    expect(polls()).toBe(0);
  });

  it('stops with access_denied when the person presses Deny', async () => {
    let prompt: DeviceCodePrompt | undefined;
    let page = '';
    const { wait } = scriptedWait([async () => void (page = (await verify(prompt, 'deny')).body)]);
    const login = deviceLogin({
      onPrompt: (p) => (prompt = p),
      wait,
    });
    await expect(login).rejects.toMatchObject({ code: 'access_denied' });
    expect(page).toContain('Access denied');
  });

  it('stops on cancel while waiting', async () => {
    const controller = new AbortController();
    const login = deviceLogin({
      onPrompt: () => controller.abort(),
      signal: controller.signal,
      wait: (_ms, signal) =>
        new Promise((_resolve, reject) => signal.addEventListener('abort', () => reject(signal.reason))),
    });
    await expect(login).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('refuses the device client (client_credentials only)', async () => {
    const login = deviceLogin({
      clientId: 'meterscope-device',
      clientSecret: 'meterscope-device-secret',
    });
    await expect(login).rejects.toMatchObject({ code: 'unauthorized_client' });
  });
});

describe('the verify page', () => {
  async function start() {
    const r = await postForm(`${server.baseUrl}/oauth/device`, {
      client_id: 'meterscope-demo',
      scope: 'device.read',
    });
    return r.body as { user_code: string; device_code: string; verification_uri: string };
  }

  it('accepts the code typed with spaces instead of dashes, and a code works once', async () => {
    const started = await start();
    const typed = started.user_code.replace(/-/g, ' ');
    const typing = () =>
      fakeBrowser({
        decision: 'approve',
        username: 'demo',
        password: demo.password,
        fields: { user_code: typed },
      });
    const browser = typing();
    await browser.open(started.verification_uri);
    expect((await browser.lastPage()).body).toContain('Device connected');
    const again = typing();
    await again.open(started.verification_uri);
    const last = await again.lastPage();
    expect(last.status).toBe(400);
    expect(last.body).toContain('unknown or has expired');
  });

  it('keeps the request pending after a wrong password', async () => {
    const started = await start();
    const browser = fakeBrowser({
      decision: 'approve',
      username: 'demo',
      password: 'wrong',
      fields: { user_code: started.user_code },
    });
    await browser.open(started.verification_uri);
    expect((await browser.lastPage()).status).toBe(401);
    const poll = await postForm(`${server.baseUrl}/oauth/token`, {
      grant_type: 'urn:ietf:params:oauth:grant-type:device_code',
      device_code: started.device_code,
      client_id: 'meterscope-demo',
    });
    expect(poll.body).toMatchObject({ error: 'authorization_pending' });
  });
});
