import { describe, expect, it } from 'vitest';
import { redirectUriAllowed } from '../../../../main/simulator/oauth/redirect-match.ts';

const registered = ['http://127.0.0.1/callback', 'http://[::1]/callback', 'https://app.example/cb'];

describe('redirect URI matching', () => {
  it('lets a native app use any port on a registered loopback URI (RFC 8252 §7.3)', () => {
    expect(redirectUriAllowed('http://127.0.0.1:53682/callback', registered, 'loopback-any-port')).toBe(true);
    expect(redirectUriAllowed('http://[::1]:9/callback', registered, 'loopback-any-port')).toBe(true);
  });

  it('still requires the same host, path and query', () => {
    for (const uri of [
      'http://127.0.0.1:5/other',
      'http://127.0.0.1:5/callback?x=1',
      'http://127.0.0.2:5/callback',
      'http://localhost:5/callback',
      'https://127.0.0.1:5/callback',
      'http://user@127.0.0.1:5/callback',
      'http://127.0.0.1:5/callback#frag',
    ]) {
      expect(redirectUriAllowed(uri, registered, 'loopback-any-port'), uri).toBe(false);
    }
  });

  it('never relaxes a non-loopback URI', () => {
    expect(redirectUriAllowed('https://app.example:8443/cb', registered, 'loopback-any-port')).toBe(false);
    expect(redirectUriAllowed('https://app.example/cb', registered, 'loopback-any-port')).toBe(true);
  });

  it('compares character for character in exact mode', () => {
    expect(redirectUriAllowed('http://127.0.0.1:53682/callback', registered, 'exact')).toBe(false);
    expect(redirectUriAllowed('http://127.0.0.1/callback', registered, 'exact')).toBe(true);
  });

  it('refuses text that is not a URL', () => {
    expect(redirectUriAllowed('not a url', registered, 'loopback-any-port')).toBe(false);
  });
});
