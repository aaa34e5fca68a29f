import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentRedirect } from './helpers/fake-browser.ts';
import {
  ACCOUNTS,
  postForm,
  startOAuthServer,
  userStatus,
  type TestOAuth,
} from './helpers/oauth-test-server.ts';
import { authorizeUrl, pkcePair } from './helpers/pkce-pair.ts';

const demo = ACCOUNTS[0]!;
const REDIRECT = 'http://127.0.0.1:45678/callback';
let server: TestOAuth;
let token: string;
beforeEach(async () => {
  server = await startOAuthServer();
  token = `${server.baseUrl}/oauth/token`;
});
afterEach(() => server.close());

/** A fresh code for the demo client, as the loopback listener would receive it. */
async function code(scope = 'device.read offline_access') {
  const { verifier, challenge } = pkcePair();
  const url = authorizeUrl(server.baseUrl, { code_challenge: challenge, scope });
  const back = await consentRedirect(url, { decision: 'approve', username: 'demo', password: demo.password });
  return { code: back.searchParams.get('code')!, verifier };
}

function redeem(c: { code: string; verifier: string }, extra: Record<string, string> = {}) {
  return postForm(token, {
    grant_type: 'authorization_code',
    code: c.code,
    redirect_uri: REDIRECT,
    client_id: 'meterscope-demo',
    code_verifier: c.verifier,
    ...extra,
  });
}

describe('authorization_code grant', () => {
  it('answers the RFC 6749 token response, uncacheable, with a refresh token for offline_access', async () => {
    const r = await redeem(await code());
    expect(r.status).toBe(200);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.body).toMatchObject({
      token_type: 'Bearer',
      expires_in: 3600,
      scope: 'device.read offline_access',
    });
    expect(typeof r.body.refresh_token).toBe('string');
    expect(await userStatus(server.baseUrl, r.body.access_token as string)).toBe(200);
  });

  it('refuses a reused code and revokes the tokens the first use produced', async () => {
    const c = await code();
    const first = await redeem(c);
    const again = await redeem(c);
    expect(again.status).toBe(400);
    expect(again.body).toMatchObject({ error: 'invalid_grant' });
    expect(again.body.error_description).toContain('already used');
    expect(await userStatus(server.baseUrl, first.body.access_token as string)).toBe(401);
  });

  it('refuses a wrong code_verifier, a missing one, and a different redirect_uri', async () => {
    const wrong = await redeem(await code(), { code_verifier: pkcePair().verifier });
    expect(wrong.body).toMatchObject({ error: 'invalid_grant' });
    expect(wrong.body.error_description).toContain('does not match');
    const c = await code();
    const missing = await postForm(token, {
      grant_type: 'authorization_code',
      code: c.code,
      redirect_uri: REDIRECT,
      client_id: 'meterscope-demo',
    });
    expect(missing.body).toMatchObject({ error: 'invalid_grant' });
    const other = await redeem(await code(), { redirect_uri: 'http://127.0.0.1:45679/callback' });
    expect(other.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('lets a code expire after its short lifetime', async () => {
    const c = await code();
    server.clock.advance(61_000);
    const r = await redeem(c);
    expect(r.body).toMatchObject({
      error: 'invalid_grant',
      error_description: expect.stringContaining('expired'),
    });
  });

  it('binds the code to its client', async () => {
    const r = await redeem(await code(), {
      client_id: 'meterscope-confidential',
      client_secret: 'meterscope-secret',
    });
    expect(r.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('gives no refresh token without offline_access', async () => {
    const r = await redeem(await code('device.read'));
    expect(r.body.refresh_token).toBeUndefined();
  });
});

describe('refresh_token grant with rotation', () => {
  it('rotates: the new pair works, the old refresh token is refused, and replaying it ends the login', async () => {
    const first = (await redeem(await code())).body;
    const refresh = (rt: unknown) =>
      postForm(token, {
        grant_type: 'refresh_token',
        refresh_token: rt as string,
        client_id: 'meterscope-demo',
      });
    const second = await refresh(first.refresh_token);
    expect(second.status).toBe(200);
    expect(second.body.refresh_token).not.toBe(first.refresh_token);
    expect(await userStatus(server.baseUrl, second.body.access_token as string)).toBe(200);

    const replay = await refresh(first.refresh_token);
    expect(replay.status).toBe(400);
    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
    expect(await userStatus(server.baseUrl, second.body.access_token as string)).toBe(401);
    expect((await refresh(second.body.refresh_token)).body).toMatchObject({ error: 'invalid_grant' });
  });

  it('may narrow the scope but never widen it', async () => {
    const first = (await redeem(await code())).body;
    const wider = await postForm(token, {
      grant_type: 'refresh_token',
      refresh_token: first.refresh_token as string,
      client_id: 'meterscope-demo',
      scope: 'device.readwrite',
    });
    expect(wider.body).toMatchObject({ error: 'invalid_scope' });
  });
});

describe('access-token lifetime', () => {
  it('is configurable and enforced by the resource check', async () => {
    const short = await startOAuthServer({ tokenLifetimeSeconds: 60 });
    try {
      const r = await postForm(
        `${short.baseUrl}/oauth/token`,
        { grant_type: 'client_credentials', scope: 'device.read' },
        { Authorization: basic('meterscope-device', 'meterscope-device-secret') },
      );
      expect(r.body.expires_in).toBe(60);
      expect(await userStatus(short.baseUrl, r.body.access_token as string)).toBe(200);
      short.clock.advance(60_000);
      expect(await userStatus(short.baseUrl, r.body.access_token as string)).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('client_credentials grant', () => {
  it('issues a token to the device client by HTTP Basic or client_secret_post, without refresh token', async () => {
    const viaBasic = await postForm(
      token,
      { grant_type: 'client_credentials', scope: 'device.read' },
      { Authorization: basic('meterscope-device', 'meterscope-device-secret') },
    );
    expect(viaBasic.status).toBe(200);
    expect(viaBasic.body.refresh_token).toBeUndefined();
    const viaPost = await postForm(token, {
      grant_type: 'client_credentials',
      client_id: 'meterscope-device',
      client_secret: 'meterscope-device-secret',
    });
    expect(viaPost.body).toMatchObject({ token_type: 'Bearer', scope: 'device.read' });
  });

  it('answers 401 invalid_client with a Basic challenge for a wrong secret, without echoing it', async () => {
    const r = await postForm(
      token,
      { grant_type: 'client_credentials' },
      { Authorization: basic('meterscope-device', 'guess-123456') },
    );
    expect(r.status).toBe(401);
    expect(r.headers.get('www-authenticate')).toMatch(/^Basic /);
    expect(r.body).toMatchObject({ error: 'invalid_client' });
    expect(JSON.stringify(r.body)).not.toContain('guess-123456');
  });

  it('is refused (unauthorized_client) for the interactive applications', async () => {
    const r = await postForm(token, { grant_type: 'client_credentials', client_id: 'meterscope-demo' });
    expect(r.body).toMatchObject({ error: 'unauthorized_client' });
  });
});

describe('token endpoint errors', () => {
  it('speaks RFC 6749 for bad requests', async () => {
    expect(
      (await postForm(token, { grant_type: 'password', client_id: 'meterscope-demo' })).body,
    ).toMatchObject({
      error: 'unsupported_grant_type',
    });
    expect((await postForm(token, { grant_type: 'authorization_code' })).status).toBe(401);
    const twice = await fetch(token, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&grant_type=refresh_token&client_id=meterscope-demo',
    });
    expect(await twice.json()).toMatchObject({ error: 'invalid_request' });
    const json = await fetch(token, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(json.status).toBe(400);
    expect(await json.json()).toMatchObject({ error: 'invalid_request' });
    const get = await fetch(token);
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('publishes its endpoints, grants and PKCE method in the discovery document', async () => {
    const doc = (await (await fetch(`${server.baseUrl}/.well-known/openid-configuration`)).json()) as Record<
      string,
      unknown
    >;
    expect(doc).toMatchObject({
      issuer: server.baseUrl,
      token_endpoint: `${server.baseUrl}/oauth/token`,
      device_authorization_endpoint: `${server.baseUrl}/oauth/device`,
      code_challenge_methods_supported: ['S256'],
    });
    expect(doc.grant_types_supported).toContain('client_credentials');
  });
});

function basic(id: string, secret: string): string {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}
