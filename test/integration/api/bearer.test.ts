import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmartMeApi } from '../../../main/services/api/smartme-api.ts';
import { loginWithClientCredentials } from '../../../main/services/auth/client-credentials-login.ts';
import { createOAuthSession } from '../../../main/services/auth/oauth-session.ts';
import type { TokenSet } from '../../../main/services/auth/token-set.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { rejectionOf } from './sim-api.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ meters: 3, gateways: 1 });
});
afterAll(() => sim.close());

/** A session whose access token the cloud no longer accepts (revoked or expired early), with a working renewal. */
function staleSession(renewals: { count: number }, canRenew = true) {
  const stale: TokenSet = {
    accessToken: 'revoked-access-token',
    tokenType: 'Bearer',
    expiresAt: Date.now() + 3_600_000,
    scope: ['device.read'],
  };
  return createOAuthSession({
    tokens: stale,
    renew: canRenew
      ? async () => {
          renewals.count++;
          return loginWithClientCredentials({
            baseUrl: sim.baseUrl,
            clientId: 'meterscope-device',
            clientSecret: 'meterscope-device-secret',
            scope: 'device.read',
          });
        }
      : undefined,
  });
}

describe('API client with an OAuth login', () => {
  it('refreshes once after concurrent 401s and repeats each request once', async () => {
    const renewals = { count: 0 };
    const api = createSmartMeApi({ baseUrl: sim.baseUrl, credentials: staleSession(renewals) });
    const from = sim.requests.entries().length;
    try {
      const lists = await Promise.all([api.devices(), api.devices(), api.devices(), api.user()]);
      expect(lists[0]!.length).toBeGreaterThan(0);
      expect(renewals.count).toBe(1);
      const served = sim.requests
        .entries()
        .slice(from)
        .filter((r) => !r.path.startsWith('/oauth'));
      expect(served.filter((r) => r.status === 401)).toHaveLength(4);
      expect(served.filter((r) => r.status === 200)).toHaveLength(4);
    } finally {
      await api.close();
    }
  });

  it('says to log in again when the token is refused and cannot be renewed, without showing it', async () => {
    const api = createSmartMeApi({ baseUrl: sim.baseUrl, credentials: staleSession({ count: 0 }, false) });
    try {
      const e = await rejectionOf(api.devices());
      expect(e.code).toBe('unauthorized');
      expect(e.message).toContain('meterscope login');
      expect(e.message).not.toContain('revoked-access-token');
    } finally {
      await api.close();
    }
  });
});
