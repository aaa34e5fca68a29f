import { describe, expect, it } from 'vitest';
import { AuthError } from '../../../main/services/auth/auth-error.ts';
import { createOAuthSession } from '../../../main/services/auth/oauth-session.ts';
import type { TokenSet } from '../../../main/services/auth/token-set.ts';

const tokens: TokenSet = { accessToken: 'a0', tokenType: 'Bearer', refreshToken: 'r0', scope: [] };

function deferred<T>() {
  let resolve!: (v: T) => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<T>((res, rej) => ((resolve = res), (reject = rej)));
  return { promise, resolve, reject };
}

describe('OAuth session', () => {
  it('shares one renewal among concurrent callers and uses the new token afterwards', async () => {
    const gate = deferred<TokenSet>();
    let calls = 0;
    const session = createOAuthSession({ tokens, renew: () => (calls++, gate.promise) });
    const all = Promise.all([session.refresh(), session.refresh()]);
    gate.resolve({ ...tokens, accessToken: 'a1' });
    expect(await all).toEqual([true, true]);
    expect(calls).toBe(1);
    expect(await session.authorization()).toBe('Bearer a1');
  });

  it('gives up for good after invalid_grant (the person must log in again)', async () => {
    let calls = 0;
    const session = createOAuthSession({
      tokens,
      renew: async () => {
        calls++;
        throw new AuthError('invalid_grant', 'gone');
      },
    });
    expect(await session.refresh()).toBe(false);
    expect(await session.refresh()).toBe(false);
    expect(calls).toBe(1);
  });

  it('passes a network failure on and tries again next time', async () => {
    let calls = 0;
    const session = createOAuthSession({
      tokens,
      renew: async () => {
        calls++;
        if (calls === 1) throw new AuthError('network', 'offline');
        return { ...tokens, accessToken: 'a2' };
      },
    });
    await expect(session.refresh()).rejects.toMatchObject({ code: 'network' });
    expect(await session.refresh()).toBe(true);
    expect(await session.authorization()).toBe('Bearer a2');
  });
});
