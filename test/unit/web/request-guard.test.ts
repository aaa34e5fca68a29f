import { describe, expect, it } from 'vitest';
import {
  allowedHostHeaders,
  allowedOrigins,
  isAllowedHost,
  isAllowedOrigin,
  isLoopbackHost,
  tokenMatches,
} from '../../../main/web/request-guard.ts';

const hosts = allowedHostHeaders('127.0.0.1', 4321);
const origins = allowedOrigins(hosts);

describe('browser host gate', () => {
  it('accepts only this server by IP or localhost, with its port', () => {
    expect(isAllowedHost('127.0.0.1:4321', hosts)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4321', hosts)).toBe(true);
    // DNS rebinding: the attacker's name resolves to 127.0.0.1, but the browser sends its own Host.
    expect(isAllowedHost('evil.example:4321', hosts)).toBe(false);
    expect(isAllowedHost('127.0.0.1:80', hosts)).toBe(false);
    expect(isAllowedHost('127.0.0.1', hosts)).toBe(false);
    expect(isAllowedHost(undefined, hosts)).toBe(false);
  });

  it('brackets IPv6 hosts', () => {
    expect(isAllowedHost('[::1]:9', allowedHostHeaders('::1', 9))).toBe(true);
  });

  it('requires our Origin on the WebSocket and refuses other pages on HTTP', () => {
    expect(isAllowedOrigin('http://127.0.0.1:4321', origins, 'websocket')).toBe(true);
    expect(isAllowedOrigin('http://localhost:4321', origins, 'websocket')).toBe(true);
    expect(isAllowedOrigin(undefined, origins, 'websocket')).toBe(false);
    expect(isAllowedOrigin('https://evil.example', origins, 'websocket')).toBe(false);
    expect(isAllowedOrigin('null', origins, 'websocket')).toBe(false);
    expect(isAllowedOrigin(undefined, origins, 'http')).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:9999', origins, 'http')).toBe(false);
  });

  it('compares tokens exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(null, 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
  });

  it('listens on loopback addresses only', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(isLoopbackHost('192.168.1.5')).toBe(false);
  });
});
