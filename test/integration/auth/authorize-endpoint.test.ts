import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { consentRedirect, fillForm } from './helpers/fake-browser.ts';
import { ACCOUNTS, startOAuthServer, type TestOAuth } from './helpers/oauth-test-server.ts';
import { authorizeUrl, pkcePair } from './helpers/pkce-pair.ts';

const demo = ACCOUNTS[0]!;
let server: TestOAuth;
beforeEach(async () => (server = await startOAuthServer()));
afterEach(() => server.close());

async function load(url: string) {
  const res = await fetch(url, { redirect: 'manual' });
  return {
    status: res.status,
    location: res.headers.get('location'),
    body: await res.text(),
    headers: res.headers,
  };
}

describe('the consent page', () => {
  it('shows the application, its scopes, where the browser returns, and labelled sign-in fields', async () => {
    const page = await load(authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge }));
    expect(page.status).toBe(200);
    expect(page.headers.get('x-frame-options')).toBe('DENY');
    expect(page.body).toContain('Allow Meterscope to use your smart-me account?');
    expect(page.body).toContain('<code>device.read</code>');
    expect(page.body).toContain('http://127.0.0.1:45678/callback');
    expect(page.body).toMatch(/<label for="username">Username<\/label>/);
    expect(page.body).toMatch(/<label for="password">Password<\/label>/);
    expect(page.body).toMatch(/<button[^>]*value="approve">Approve<\/button>/);
    expect(page.body).toMatch(/<button[^>]*value="deny"[^>]*>Deny<\/button>/);
  });

  it('says "Signed in as" and needs no password when the simulator signs the demo account in', async () => {
    const signedIn = await startOAuthServer({ signedInAccountId: demo.id });
    try {
      const url = authorizeUrl(signedIn.baseUrl, { code_challenge: pkcePair().challenge });
      const page = await load(url);
      expect(page.body).toContain('Signed in as <strong>demo</strong>');
      expect(page.body).not.toContain('type="password"');
      const back = await consentRedirect(url, { decision: 'approve' });
      expect(back.searchParams.get('code')).toBeTruthy();
    } finally {
      await signedIn.close();
    }
  });

  it('shows the form again with an alert after a wrong password, and still approves afterwards', async () => {
    const page = await load(authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge }));
    const form = fillForm(page.body, { decision: 'approve', username: 'demo', password: 'nope' })!;
    const post = (body: URLSearchParams) =>
      fetch(new URL(form.action, server.baseUrl), {
        method: 'POST',
        body,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      });
    const wrong = await post(form.fields);
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('role="alert">Wrong username or password.');
    form.fields.set('password', demo.password);
    const ok = await post(form.fields);
    expect(ok.status).toBe(302);
    expect(new URL(ok.headers.get('location')!).searchParams.get('state')).toBe('st-123');
  });

  it('accepts the e-mail address in place of the username', async () => {
    const url = authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge });
    const back = await consentRedirect(url, {
      decision: 'approve',
      username: demo.email,
      password: demo.password,
    });
    expect(back.searchParams.get('code')).toBeTruthy();
  });

  it('answers Approve with code and state, Deny with error=access_denied and state', async () => {
    const url = authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge });
    const approved = await consentRedirect(url, {
      decision: 'approve',
      username: 'demo',
      password: demo.password,
    });
    expect(approved.origin + approved.pathname).toBe('http://127.0.0.1:45678/callback');
    expect(approved.searchParams.get('state')).toBe('st-123');
    const denied = await consentRedirect(url, { decision: 'deny' });
    expect(denied.searchParams.get('error')).toBe('access_denied');
    expect(denied.searchParams.get('state')).toBe('st-123');
    expect(denied.searchParams.get('code')).toBeNull();
  });

  it('cannot be answered twice', async () => {
    const page = await load(authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge }));
    const form = fillForm(page.body, { decision: 'approve', username: 'demo', password: demo.password })!;
    const post = () =>
      fetch(new URL(form.action, server.baseUrl), {
        method: 'POST',
        body: form.fields,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        redirect: 'manual',
      });
    expect((await post()).status).toBe(302);
    const again = await post();
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('expired or was already answered');
  });

  it('escapes what the request puts on the page', async () => {
    const page = await load(
      authorizeUrl(server.baseUrl, {
        code_challenge: pkcePair().challenge,
        redirect_uri: 'http://127.0.0.1:45678/callback?x=<script>',
      }),
    );
    expect(page.body).not.toContain('<script>');
  });
});

describe('authorize request checks', () => {
  it('never redirects for an unknown client or an unregistered redirect URI', async () => {
    const unknown = await load(authorizeUrl(server.baseUrl, { client_id: 'nobody' }));
    expect(unknown.status).toBe(400);
    expect(unknown.location).toBeNull();
    expect(unknown.body).toContain('not registered');
    const evil = await load(authorizeUrl(server.baseUrl, { redirect_uri: 'https://evil.example/callback' }));
    expect(evil.status).toBe(400);
    expect(evil.location).toBeNull();
    const otherPath = await load(
      authorizeUrl(server.baseUrl, { redirect_uri: 'http://127.0.0.1:45678/other' }),
    );
    expect(otherPath.location).toBeNull();
  });

  it('accepts any port on the registered loopback hosts (RFC 8252), including localhost', async () => {
    const challenge = pkcePair().challenge;
    for (const uri of [
      'http://127.0.0.1:1/callback',
      'http://127.0.0.1:65000/callback',
      'http://localhost:5/callback',
    ]) {
      expect(
        (await load(authorizeUrl(server.baseUrl, { redirect_uri: uri, code_challenge: challenge }))).status,
      ).toBe(200);
    }
  });

  it('matches exactly when configured so: a different port is refused with an error page', async () => {
    const exact = await startOAuthServer({ redirectMatching: 'exact' });
    try {
      const page = await load(authorizeUrl(exact.baseUrl, { code_challenge: pkcePair().challenge }));
      expect(page.status).toBe(400);
      expect(page.location).toBeNull();
      const registered = authorizeUrl(exact.baseUrl, {
        redirect_uri: 'http://127.0.0.1/callback',
        code_challenge: pkcePair().challenge,
      });
      expect((await load(registered)).status).toBe(200);
    } finally {
      await exact.close();
    }
  });

  it('requires PKCE S256 from a public client and refuses plain, with state echoed', async () => {
    const missing = await load(authorizeUrl(server.baseUrl, { code_challenge_method: undefined }));
    expect(missing.status).toBe(302);
    const m = new URL(missing.location!);
    expect(m.searchParams.get('error')).toBe('invalid_request');
    expect(m.searchParams.get('error_description')).toContain('PKCE is required');
    expect(m.searchParams.get('state')).toBe('st-123');

    const plain = await load(
      authorizeUrl(server.baseUrl, { code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }),
    );
    const p = new URL(plain.location!);
    expect(p.searchParams.get('error')).toBe('invalid_request');
    expect(p.searchParams.get('error_description')).toContain('plain is refused');
  });

  it('redirects other problems with error=: response type, unknown scope', async () => {
    const challenge = pkcePair().challenge;
    const token = await load(
      authorizeUrl(server.baseUrl, { response_type: 'token', code_challenge: challenge }),
    );
    expect(new URL(token.location!).searchParams.get('error')).toBe('unsupported_response_type');
    const scope = await load(
      authorizeUrl(server.baseUrl, { scope: 'device.read root', code_challenge: challenge }),
    );
    expect(new URL(scope.location!).searchParams.get('error')).toBe('invalid_scope');
  });

  it('answers the same with the /api prefix and a trailing slash, as smart-me does', async () => {
    const url = authorizeUrl(server.baseUrl, { code_challenge: pkcePair().challenge }).replace(
      '/oauth/authorize',
      '/api/oauth/authorize/',
    );
    const back = await consentRedirect(url, {
      decision: 'approve',
      username: 'demo',
      password: demo.password,
    });
    expect(back.searchParams.get('code')).toBeTruthy();
  });
});
