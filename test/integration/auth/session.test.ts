import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthError } from '../../../main/services/auth/auth-error.ts';
import { loginWithClientCredentials } from '../../../main/services/auth/client-credentials-login.ts';
import { createOAuthSession } from '../../../main/services/auth/oauth-session.ts';
import { refreshTokens } from '../../../main/services/auth/refresh-tokens.ts';
import type { TokenSet } from '../../../main/services/auth/token-set.ts';
import { pkceTokens } from './helpers/logins.ts';
import { postForm, startOAuthServer, userStatus, type TestOAuth } from './helpers/oauth-test-server.ts';

let server: TestOAuth;
beforeEach(async () => (server = await startOAuthServer()));
afterEach(() => server.close());

const tokenRequests = () => server.seen.filter((s) => s === 'POST /oauth/token').length;

function renewer() {
  return (current: TokenSet) =>
    refreshTokens({
      baseUrl: server.baseUrl,
      clientId: 'meterscope-demo',
      current: { ...current, refreshToken: current.refreshToken! },
      clock: server.clock.now,
    });
}

describe('client credentials', () => {
  it('logs a device application in by HTTP Basic and by client_secret_post', async () => {
    for (const clientAuth of ['basic', 'post'] as const) {
      const tokens = await loginWithClientCredentials({
        baseUrl: server.baseUrl,
        clientId: 'meterscope-device',
        clientSecret: 'meterscope-device-secret',
        clientAuth,
        scope: 'device.read',
      });
      expect(tokens.refreshToken).toBeUndefined();
      expect(await userStatus(server.baseUrl, tokens.accessToken)).toBe(200);
    }
  });

  it('names a wrong secret as invalid_client without showing the secret', async () => {
    const error = await loginWithClientCredentials({
      baseUrl: server.baseUrl,
      clientId: 'meterscope-device',
      clientSecret: 'not-the-secret-42',
      scope: 'device.read',
    }).catch((e: unknown) => e as AuthError);
    expect(error).toMatchObject({ code: 'invalid_client' });
    expect((error as AuthError).message).toContain('client ID and secret');
    expect(JSON.stringify(error) + String(error)).not.toContain('not-the-secret-42');
  });

  it('says the server cannot be reached instead of a stack trace', async () => {
    const dead = await startOAuthServer();
    const url = dead.baseUrl;
    await dead.close();
    await expect(
      loginWithClientCredentials({
        baseUrl: url,
        clientId: 'x',
        clientSecret: 'y-secret',
        scope: 'device.read',
      }),
    ).rejects.toMatchObject({ code: 'network', message: expect.stringContaining('ECONNREFUSED') });
  });

  it('refuses plain http to anything but loopback', async () => {
    await expect(
      loginWithClientCredentials({
        baseUrl: 'http://api.smart-me.com',
        clientId: 'x',
        clientSecret: 'y',
        scope: 'device.read',
      }),
    ).rejects.toMatchObject({ code: 'insecure_url' });
  });
});

describe('refresh with rotation', () => {
  it('gets a new pair; the old refresh token is refused afterwards', async () => {
    const first = await pkceTokens(server);
    const second = await renewer()(first);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.scope).toEqual(first.scope);
    expect(await userStatus(server.baseUrl, second.accessToken)).toBe(200);
    const replay = await postForm(`${server.baseUrl}/oauth/token`, {
      grant_type: 'refresh_token',
      refresh_token: first.refreshToken!,
      client_id: 'meterscope-demo',
    });
    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
  });
});

describe('the OAuth session the API client uses', () => {
  it('keeps one refresh in flight: parallel 401s share it and the login survives rotation', async () => {
    const stored: TokenSet[] = [];
    const session = createOAuthSession({
      tokens: await pkceTokens(server),
      renew: renewer(),
      onTokens: (t) => void stored.push(t),
      clock: server.clock.now,
    });
    const before = tokenRequests();
    const results = await Promise.all([session.refresh(), session.refresh(), session.refresh()]);
    expect(results).toEqual([true, true, true]);
    expect(tokenRequests() - before).toBe(1);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toEqual(session.tokens());
    expect(await session.refresh()).toBe(true);
    const header = await session.authorization();
    expect(await userStatus(server.baseUrl, header.replace('Bearer ', ''))).toBe(200);
  });

  it('renews by itself shortly before the access token expires', async () => {
    const tokens = await pkceTokens(server);
    const session = createOAuthSession({ tokens, renew: renewer(), clock: server.clock.now });
    expect(await session.authorization()).toBe(`Bearer ${tokens.accessToken}`);
    server.clock.advance(3600_000 - 10_000);
    const renewed = await session.authorization();
    expect(renewed).not.toBe(`Bearer ${tokens.accessToken}`);
    expect(await userStatus(server.baseUrl, renewed.replace('Bearer ', ''))).toBe(200);
  });

  it('answers false (log in again) once the login was revoked, and stops asking the server', async () => {
    const tokens = await pkceTokens(server);
    await renewer()(tokens);
    const session = createOAuthSession({ tokens, renew: renewer(), clock: server.clock.now });
    expect(await session.refresh()).toBe(false);
    const before = tokenRequests();
    expect(await session.refresh()).toBe(false);
    expect(tokenRequests()).toBe(before);
  });

  it('answers false when the login has no refresh token', async () => {
    const session = createOAuthSession({
      tokens: { accessToken: 'a', tokenType: 'Bearer', scope: [] },
      renew: undefined,
    });
    expect(await session.refresh()).toBe(false);
  });
});
