import { describe, expect, it } from 'vitest';
import {
  classifyRegistration,
  hookUrlDigest,
  normalizeWebhookUrl,
  redactWebhookUrl,
  sameWebhookUrl,
} from '../../../main/services/realtime/index.ts';

const SECRET = 'AbCdEfGhIjKlMnOpQrStUv'; // 22 base64url characters, like the listener's
const CURRENT = `https://now.trycloudflare.com/${SECRET}`;
const none = new Set<string>();

function mark(apiUrl: string | undefined, known = none) {
  return classifyRegistration(
    { Id: 'r1', RegistrationType: 2, ApiUrl: apiUrl },
    { currentHookUrl: CURRENT, currentSecret: SECRET, knownDigests: known },
  );
}

describe('registration marking', () => {
  it('marks the registration pointing at this listener current, whatever the spelling', () => {
    expect(mark(`HTTPS://NOW.trycloudflare.com:443/${SECRET}/`).mark).toBe('current');
  });

  it('does not take a secret that differs only in case for the current one', () => {
    expect(mark(`https://now.trycloudflare.com/${SECRET.toLowerCase()}`).mark).not.toBe('current');
  });

  it('marks a known earlier Meterscope URL stale', () => {
    const old = 'https://my-proxy.example/hooks/x';
    expect(mark(old, new Set([hookUrlDigest(old)]))).toEqual({
      mark: 'stale',
      reason: expect.stringContaining('earlier Meterscope address'),
    });
  });

  it('marks this secret behind another host stale (the public URL changed)', () => {
    expect(mark(`https://old-tunnel.trycloudflare.com/${SECRET}`)).toEqual({
      mark: 'stale',
      reason: expect.stringContaining('public URL changed'),
    });
  });

  it('marks another Meterscope-shaped secret path stale', () => {
    expect(mark('http://10.0.0.5:8080/ZZZZZZZZZZZZZZZZZZZZZZ').mark).toBe('stale');
  });

  it('leaves other endpoints foreign', () => {
    expect(mark('https://integrator.example/smartme/webhook').mark).toBe('foreign');
    expect(mark(undefined).mark).toBe('foreign');
    expect(mark('not a url').mark).toBe('foreign');
  });

  it('knows nothing is current before a tunnel is verified', () => {
    const r = classifyRegistration({ ApiUrl: CURRENT }, { knownDigests: none });
    expect(r.mark).toBe('stale'); // a Meterscope-shaped URL, but not (yet) ours
  });
});

describe('webhook URLs', () => {
  it('normalises host case, default port and trailing slash, but keeps path case', () => {
    expect(normalizeWebhookUrl('HTTP://Example.COM:80/A/b/')).toBe('http://example.com/A/b');
    expect(normalizeWebhookUrl('ftp://x')).toBeUndefined();
    expect(sameWebhookUrl(undefined, undefined)).toBe(false);
  });

  it('redacts the secret segment for display', () => {
    expect(redactWebhookUrl(CURRENT)).toBe('https://now.trycloudflare.com/[secret]');
    expect(redactWebhookUrl('https://a.example/hook')).toBe('https://a.example/hook');
  });
});
