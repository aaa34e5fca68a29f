import { OAuthError } from './oauth-error.ts';
import { normalizeUserCode } from './user-code.ts';

interface DeviceRecord {
  deviceCode: string;
  userCode: string;
  clientId: string;
  scopes: string[];
  expiresAt: number;
  intervalSeconds: number;
  lastPollAt: number | undefined;
  decision: { approved: true; accountId: number } | { approved: false } | undefined;
}

/** The device authorization a client starts with POST /oauth/device. */
export interface DeviceStart {
  deviceCode: string;
  userCode: string;
  expiresIn: number;
  interval: number;
}

/** Lifetimes and ports of the device-code store. */
export interface DeviceCodeOptions {
  clock: () => number;
  token: () => string;
  userCode: () => string;
  lifetimeSeconds: number;
  intervalSeconds: number;
}

/**
 * RFC 8628 state: device codes, the user codes people type on /oauth/verify, and the polling rules
 * (authorization_pending, slow_down adding 5 s to the interval, expired_token, access_denied).
 */
export function createDeviceCodes(o: DeviceCodeOptions) {
  const byDevice = new Map<string, DeviceRecord>();
  const byUser = new Map<string, DeviceRecord>();

  const forget = (r: DeviceRecord) => {
    byDevice.delete(r.deviceCode);
    byUser.delete(r.userCode);
  };
  const live = (userCode: string): DeviceRecord | undefined => {
    const code = normalizeUserCode(userCode);
    const r = code === undefined ? undefined : byUser.get(code);
    return r && r.decision === undefined && o.clock() < r.expiresAt ? r : undefined;
  };

  return {
    /** Starts an authorization for a client; prunes long-expired ones. */
    start(clientId: string, scopes: string[]): DeviceStart {
      const now = o.clock();
      for (const r of byDevice.values()) if (now >= r.expiresAt + o.lifetimeSeconds * 1000) forget(r);
      let userCode = o.userCode();
      while (byUser.has(userCode)) userCode = o.userCode();
      const r: DeviceRecord = {
        deviceCode: o.token(),
        userCode,
        clientId,
        scopes,
        expiresAt: now + o.lifetimeSeconds * 1000,
        intervalSeconds: o.intervalSeconds,
        lastPollAt: undefined,
        decision: undefined,
      };
      byDevice.set(r.deviceCode, r);
      byUser.set(userCode, r);
      return {
        deviceCode: r.deviceCode,
        userCode,
        expiresIn: o.lifetimeSeconds,
        interval: o.intervalSeconds,
      };
    },

    /** The pending request behind a typed user code (for the verify page), if it can still be decided. */
    lookup(userCode: string): { clientId: string; scopes: string[]; userCode: string } | undefined {
      const r = live(userCode);
      return r && { clientId: r.clientId, scopes: r.scopes, userCode: r.userCode };
    },

    /** Records the person's decision; false when the code is unknown, expired or already decided. */
    decide(userCode: string, decision: { approved: true; accountId: number } | { approved: false }): boolean {
      const r = live(userCode);
      if (!r) return false;
      r.decision = decision;
      return true;
    },

    /** One token-endpoint poll: the approved grant, or an RFC 8628 §3.5 error. */
    poll(deviceCode: string, clientId: string): { accountId: number; scopes: string[] } {
      const r = byDevice.get(deviceCode);
      if (!r || r.clientId !== clientId) {
        throw new OAuthError(
          'invalid_grant',
          'The device code is unknown or belongs to another application.',
        );
      }
      const now = o.clock();
      if (now >= r.expiresAt) throw new OAuthError('expired_token', 'The device code expired; start again.');
      if (r.decision?.approved === false) {
        forget(r);
        throw new OAuthError('access_denied', 'The user denied the request.');
      }
      if (r.decision?.approved) {
        forget(r);
        return { accountId: r.decision.accountId, scopes: r.scopes };
      }
      const tooFast = r.lastPollAt !== undefined && now - r.lastPollAt < r.intervalSeconds * 1000;
      r.lastPollAt = now;
      if (tooFast) {
        r.intervalSeconds += 5;
        throw new OAuthError('slow_down', `Polling too fast; wait ${r.intervalSeconds} s between polls.`);
      }
      throw new OAuthError('authorization_pending', 'The user has not approved the request yet.');
    },
  };
}

/** The device-code store as the endpoints use it. */
export type DeviceCodes = ReturnType<typeof createDeviceCodes>;
