import { describe, expect, it } from 'vitest';
import { describeLogin, loginKey, loginRecordSchema } from '../../../main/services/auth/login-record.ts';

describe('stored login records', () => {
  it('share one key per server however the base URL is written', () => {
    expect(loginKey('https://API.smart-me.com/')).toBe(loginKey('https://api.smart-me.com'));
    expect(loginKey('http://127.0.0.1:8080')).not.toBe(loginKey('http://127.0.0.1:8081'));
  });

  it('describe themselves without any secret', () => {
    const record = loginRecordSchema.parse({
      flow: 'pkce',
      baseUrl: 'https://api.smart-me.com',
      clientId: 'meterscope-demo',
      clientSecret: 'cs-secret-1',
      tokens: {
        accessToken: 'at-secret-1',
        tokenType: 'Bearer',
        refreshToken: 'rt-secret-1',
        expiresAt: 0,
        scope: ['device.read'],
      },
      savedAt: 0,
    });
    const text = JSON.stringify(describeLogin(record));
    expect(text).toContain('meterscope-demo');
    expect(text).not.toMatch(/secret-1/);
    const basic = loginRecordSchema.parse({
      flow: 'basic',
      baseUrl: 'x',
      username: 'u',
      password: 'pw-secret-1',
      savedAt: 0,
    });
    expect(JSON.stringify(describeLogin(basic))).not.toContain('pw-secret-1');
  });

  it('refuse a damaged record instead of half-using it', () => {
    expect(loginRecordSchema.safeParse({ flow: 'pkce', baseUrl: 'x' }).success).toBe(false);
    expect(loginRecordSchema.safeParse({ flow: 'telnet' }).success).toBe(false);
  });
});
