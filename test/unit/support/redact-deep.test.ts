import { describe, expect, it } from 'vitest';
import { redactDeep } from '../../../main/services/support/redact-deep.ts';
import { redactUrl } from '../../../main/services/support/redact-url.ts';

/** A listener secret exactly as the webhook listener makes one: 16 random bytes, base64url. */
const LISTENER_SECRET = 'Zx3_q9Lk-2mNpQrStUvWxA';
const JWT = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJkZW1vIn0.c2lnbmF0dXJl';
const BASIC = Buffer.from('hook-user:S3cr3t-P4ss').toString('base64');

/** Every secret planted below: none may survive in the JSON of a redacted value. */
const PLANTED = [LISTENER_SECRET, JWT, BASIC, 'S3cr3t-P4ss', 'rt-0123456789', 'k3y-abcdef', 'ngrok_2abcDEF'];
const leaks = (v: unknown) => PLANTED.filter((s) => JSON.stringify(v).includes(s));

describe('redactDeep: fields named like credentials', () => {
  it.each([
    ['password', { password: 'S3cr3t-P4ss' }],
    ['access token', { access_token: JWT }],
    ['refresh token', { refreshToken: 'rt-0123456789' }],
    ['API key', { 'api-key': 'k3y-abcdef' }],
    ['API key (camelCase)', { apiKey: 'k3y-abcdef' }],
    ['client secret', { clientSecret: 'S3cr3t-P4ss' }],
    ['ngrok authtoken', { ngrokAuthtoken: 'ngrok_2abcDEF' }],
    ['listener secret', { secret: LISTENER_SECRET }],
    ['Authorization header', { Authorization: `Bearer ${JWT}` }],
    ['cookie', { cookie: `session=${JWT}` }],
  ])('removes a %s', (_, input) => {
    const out = redactDeep(input);
    expect(leaks(out)).toEqual([]);
    expect(Object.values(out)).toEqual(['[redacted]']);
  });

  it('removes secrets in nested objects and arrays, keeping everything else', () => {
    const input = {
      login: { flow: 'basic', username: 'demo', credentials: { user: 'demo', password: 'S3cr3t-P4ss' } },
      tunnels: [{ provider: 'ngrok', options: { authtoken: 'ngrok_2abcDEF', region: 'eu' } }],
      deep: { a: { b: { c: [{ token: JWT }] } } },
    };
    const out = redactDeep(input);
    expect(leaks(out)).toEqual([]);
    expect(out.login).toEqual({ flow: 'basic', username: 'demo', credentials: '[redacted]' });
    expect(out.tunnels[0]?.options).toEqual({ authtoken: '[redacted]', region: 'eu' });
    expect(out.deep.a.b.c[0]).toEqual({ token: '[redacted]' });
  });

  it('keeps facts about secrets: whether one is stored, where tokens are kept', () => {
    const input = {
      ngrokAuthtoken: true,
      tokenStorage: { kind: 'safe-storage', encrypted: true, label: 'Keychain' },
      password: null,
    };
    expect(redactDeep(input)).toEqual(input);
  });

  it('keeps the scheme of credential headers in [name, value] pairs and {name, value} objects', () => {
    const out = redactDeep({
      headers: [
        ['Content-Type', 'application/octet-stream'],
        ['Authorization', `Basic ${BASIC}`],
        ['cookie', 'a=b'],
      ],
      har: [{ name: 'authorization', value: `Bearer ${JWT}` }],
    });
    expect(leaks(out)).toEqual([]);
    expect(out.headers).toEqual([
      ['Content-Type', 'application/octet-stream'],
      ['Authorization', 'Basic [redacted]'],
      ['cookie', '[redacted]'],
    ]);
    expect(out.har).toEqual([{ name: 'authorization', value: 'Bearer [redacted]' }]);
  });
});

describe('redactDeep: secrets inside texts and URLs', () => {
  it('removes Basic-auth credentials from a webhook registration URL', () => {
    const out = redactDeep({ url: `https://hook-user:S3cr3t-P4ss@abc.trycloudflare.com/${LISTENER_SECRET}` });
    expect(out.url).toBe('https://[redacted]@abc.trycloudflare.com/[redacted]');
    expect(leaks(out)).toEqual([]);
  });

  it("removes the listener's secret path from a local or public URL, keeping host and port", () => {
    expect(redactUrl(`http://127.0.0.1:43123/${LISTENER_SECRET}`)).toBe('http://127.0.0.1:43123/[redacted]');
    expect(redactDeep(`/${LISTENER_SECRET}`)).toBe('/[redacted]');
  });

  it('removes tokens and keys in query strings and fragments, keeping other parameters', () => {
    expect(redactUrl(`https://x.example/cb?code=abc123&state=s1&lang=de#access_token=${JWT}`)).toBe(
      'https://x.example/cb?code=[redacted]&state=[redacted]&lang=de#access_token=[redacted]',
    );
    expect(redactUrl('https://api.example/v1?api_key=k3y-abcdef&page=2')).toBe(
      'https://api.example/v1?api_key=[redacted]&page=2',
    );
  });

  it('keeps device GUIDs and API words in paths', () => {
    const url =
      'https://api.smart-me.com/api/AdditionalDeviceInformation/3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1';
    expect(redactUrl(url)).toBe(url);
  });

  it('removes URLs, Authorization headers and token=… inside free text such as error messages', () => {
    const message =
      `POST https://hook-user:S3cr3t-P4ss@tunnel.example/${LISTENER_SECRET} failed; ` +
      `sent Authorization: Bearer ${JWT} and refresh_token=rt-0123456789`;
    const out = redactDeep({ errors: [{ code: 'http', message }] });
    expect(leaks(out)).toEqual([]);
    expect(out.errors[0]?.message).toContain('POST https://[redacted]@tunnel.example/[redacted] failed');
  });

  it('removes known secrets wherever they appear, also URL-encoded', () => {
    const out = redactDeep(
      { note: 'key k3y-abcdef was used', url: `https://x.example/?q=${encodeURIComponent('p@ss w0rd!')}` },
      { knownSecrets: ['k3y-abcdef', 'p@ss w0rd!', undefined, 'ab'] },
    );
    expect(out).toEqual({ note: 'key [redacted] was used', url: 'https://x.example/?q=[redacted]' });
  });

  it('leaves ordinary data as it was and does not change its input', () => {
    const input = { server: 'https://api.smart-me.com', obis: '1-0:1.8.0*255', code: 'offline', n: 3 };
    const copy = structuredClone(input);
    expect(redactDeep(input)).toEqual(input);
    expect(input).toEqual(copy);
  });
});
