import { describe, expect, it } from 'vitest';
import { expiresSoon, tokenSetFrom } from '../../../main/services/auth/token-set.ts';

describe('token sets', () => {
  it('turn expires_in into an absolute time and split the scope', () => {
    const t = tokenSetFrom(
      { access_token: 'a', token_type: 'bearer', expires_in: 60, scope: 'device.read offline_access' },
      1000,
    );
    expect(t).toEqual({
      accessToken: 'a',
      tokenType: 'Bearer',
      expiresAt: 61_000,
      scope: ['device.read', 'offline_access'],
    });
  });

  it('keep the previous refresh token and scope when a refresh answer leaves them out', () => {
    const previous = {
      accessToken: 'a',
      tokenType: 'Bearer' as const,
      refreshToken: 'r1',
      scope: ['device.read'],
    };
    const t = tokenSetFrom({ access_token: 'b', token_type: 'bearer' }, 0, previous);
    expect(t).toMatchObject({ accessToken: 'b', refreshToken: 'r1', scope: ['device.read'] });
    expect(t.expiresAt).toBeUndefined();
  });

  it('count as expiring within the skew, never when the server gave no lifetime', () => {
    const t = { accessToken: 'a', tokenType: 'Bearer' as const, expiresAt: 100_000, scope: [] };
    expect(expiresSoon(t, 60_000)).toBe(false);
    expect(expiresSoon(t, 70_000)).toBe(true);
    expect(expiresSoon({ ...t, expiresAt: undefined }, 1e15)).toBe(false);
  });
});
