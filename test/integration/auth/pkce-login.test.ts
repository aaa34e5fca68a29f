import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AuthError } from '../../../main/services/auth/auth-error.ts';
import { loginWithPkce, type PkceLoginOptions } from '../../../main/services/auth/pkce-login.ts';
import { approvingDemo, fakeBrowser } from './helpers/fake-browser.ts';
import { startOAuthServer, userStatus, type TestOAuth } from './helpers/oauth-test-server.ts';

const never = () => new Promise<void>(() => undefined);

/** Connecting to a closed loopback listener fails: the port was released. */
async function refused(url: string): Promise<boolean> {
  return fetch(url).then(
    () => false,
    (e: unknown) => (e as { cause?: { code?: string } }).cause?.code === 'ECONNREFUSED',
  );
}

let server: TestOAuth;
beforeEach(async () => (server = await startOAuthServer()));
afterEach(() => server.close());

/** A PKCE login against the test server: the demo client, scope device.read, no timeout unless `o` says. */
const pkceLogin = (o: Partial<PkceLoginOptions> & Pick<PkceLoginOptions, 'openBrowser'>) =>
  loginWithPkce({
    baseUrl: server.baseUrl,
    clientId: 'meterscope-demo',
    scope: 'device.read',
    wait: never,
    ...o,
  });

describe('Authorization Code + PKCE login over a loopback redirect', () => {
  it('signs in through the consent page and gets working tokens; the listener is closed afterwards', async () => {
    const browser = approvingDemo();
    const tokens = await pkceLogin({
      scope: 'device.read offline_access',
      openBrowser: browser.open,
      clock: server.clock.now,
    });
    expect(tokens.scope).toEqual(['device.read', 'offline_access']);
    expect(tokens.refreshToken).toBeTruthy();
    expect(tokens.expiresAt).toBe(server.clock.now() + 3600_000);
    expect(await userStatus(server.baseUrl, tokens.accessToken)).toBe(200);

    const last = await browser.lastPage();
    expect(last.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback\?code=/);
    expect(last.status).toBe(200);
    expect(last.body).toContain('return to Meterscope');
    const authorize = browser.visits[0]!;
    expect(authorize.url).toContain('code_challenge_method=S256');
    expect(authorize.body).toContain('Approve');
    expect(await refused(last.url)).toBe(true);
  });

  it('gets no refresh token without offline_access', async () => {
    const browser = approvingDemo();
    const tokens = await pkceLogin({ openBrowser: browser.open });
    expect(tokens.refreshToken).toBeUndefined();
  });

  it('rejects at once when the person presses Deny, and tells the browser', async () => {
    const browser = fakeBrowser({ decision: 'deny' });
    const login = pkceLogin({ openBrowser: browser.open });
    await expect(login).rejects.toMatchObject({ code: 'access_denied' });
    const last = await browser.lastPage();
    expect(last.url).toContain('error=access_denied');
    expect(last.body).toContain('could not sign in');
  });

  it('refuses a callback whose state does not match', async () => {
    let probe: Promise<Response> | undefined;
    const login = pkceLogin({
      openBrowser: (url) => {
        const redirect = new URL(url).searchParams.get('redirect_uri');
        probe = fetch(`${redirect}?code=forged&state=not-the-state`);
      },
    });
    await expect(login).rejects.toMatchObject({ code: 'state_mismatch' });
    expect((await probe!).status).toBe(400);
  });

  it('times out through the wait port and releases the port', async () => {
    let redirect = '';
    const login = pkceLogin({
      openBrowser: (url) => void (redirect = new URL(url).searchParams.get('redirect_uri')!),
      wait: async () => undefined,
      timeoutMs: 120_000,
    });
    await expect(login).rejects.toMatchObject({ code: 'timeout', message: expect.stringContaining('120 s') });
    expect(await refused(redirect)).toBe(true);
  });

  it('stops on cancel and releases the port', async () => {
    const controller = new AbortController();
    let redirect = '';
    const login = pkceLogin({
      openBrowser: (url) => {
        redirect = new URL(url).searchParams.get('redirect_uri')!;
        controller.abort();
      },
      signal: controller.signal,
    });
    await expect(login).rejects.toMatchObject({ code: 'cancelled' });
    expect(await refused(redirect)).toBe(true);
  });

  it('works for a confidential client with its secret, and names a wrong secret without showing it', async () => {
    const ok = await pkceLogin({
      clientId: 'meterscope-confidential',
      clientSecret: 'meterscope-secret',
      openBrowser: approvingDemo().open,
    });
    expect(await userStatus(server.baseUrl, ok.accessToken)).toBe(200);

    const browser = approvingDemo();
    const bad = pkceLogin({
      clientId: 'meterscope-confidential',
      clientSecret: 'wrong-secret-value',
      openBrowser: browser.open,
    });
    const error = (await bad.catch((e: unknown) => e)) as AuthError;
    expect(error).toBeInstanceOf(AuthError);
    expect(error.code).toBe('invalid_client');
    expect(error.message).not.toContain('wrong-secret-value');
    expect((await browser.lastPage()).body).toContain('could not sign in');
  });
});

describe('fixed loopback port for apps registered with an exact redirect URI', () => {
  it('logs in on the registered port when the server matches exactly', async () => {
    const port = await freePort();
    const exact = await startOAuthServer({
      redirectMatching: 'exact',
      clients: [
        {
          id: 'fixed-app',
          type: 'public',
          redirectUris: [`http://127.0.0.1:${port}/callback`],
          grants: ['authorization_code'],
        },
      ],
    });
    try {
      const tokens = await pkceLogin({
        baseUrl: exact.baseUrl,
        clientId: 'fixed-app',
        port,
        openBrowser: approvingDemo().open,
      });
      expect(await userStatus(exact.baseUrl, tokens.accessToken)).toBe(200);
    } finally {
      await exact.close();
    }
  });

  it('says the port is in use instead of hanging', async () => {
    const { createServer } = await import('node:http');
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const login = pkceLogin({
        port,
        openBrowser: () => undefined,
      });
      await expect(login).rejects.toMatchObject({ code: 'port_in_use' });
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net');
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const port = (s.address() as { port: number }).port;
  await new Promise((resolve) => s.close(resolve));
  return port;
}
