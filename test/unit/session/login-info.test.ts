import { describe, expect, it } from 'vitest';
import type { LoginRecord } from '../../../main/services/auth/login-record.ts';
import { accountLabel, loginInfoFromRecord } from '../../../main/services/session/login-info.ts';

const oauth: LoginRecord = {
  flow: 'pkce',
  baseUrl: 'https://api.smart-me.com',
  clientId: 'app-1',
  clientSecret: 'client-secret-value',
  tokens: {
    accessToken: 'access-token-value',
    refreshToken: 'refresh-token-value',
    tokenType: 'Bearer',
    expiresAt: Date.UTC(2026, 0, 1),
    scope: ['device.read', 'offline_access'],
  },
  savedAt: 0,
};

describe('facts about a login', () => {
  it('tells the view about an OAuth login without any token or secret', () => {
    const info = loginInfoFromRecord(oauth, true, Date.UTC(2025, 0, 1));
    expect(info).toEqual({
      flow: 'pkce',
      baseUrl: 'https://api.smart-me.com',
      since: '2025-01-01T00:00:00.000Z',
      stored: true,
      clientId: 'app-1',
      scope: 'device.read offline_access',
      refreshable: true,
      expiresAt: '2026-01-01T00:00:00.000Z',
    });
    expect(JSON.stringify(info)).not.toMatch(/token-value|secret-value/);
  });

  it('shows the user name of a Basic login, never the password', () => {
    const info = loginInfoFromRecord(
      { flow: 'basic', baseUrl: 'https://x', username: 'anna', password: 'pw-123456', savedAt: 0 },
      false,
      0,
    );
    expect(info).toMatchObject({ flow: 'basic', username: 'anna', stored: false });
    expect(JSON.stringify(info)).not.toContain('pw-123456');
  });

  it('labels accounts for the cache without revealing an API key', () => {
    const key = accountLabel({
      flow: 'api-key',
      baseUrl: 'https://x',
      apiKey: 'very-secret-key',
      savedAt: 0,
    });
    expect(key).toMatch(/^apikey:[0-9a-f]{8}$/);
    expect(
      accountLabel({ flow: 'basic', baseUrl: 'https://x', username: 'Anna', password: 'p', savedAt: 0 }),
    ).toBe('user:anna');
    expect(accountLabel(oauth)).toBe('oauth:app-1');
  });
});
