import type { CredentialsProvider } from '../api/credentials.ts';
import { AuthError } from './auth-error.ts';
import { expiresSoon, type TokenSet } from './token-set.ts';

/** How a session gets new tokens and keeps them. */
export interface OAuthSessionOptions {
  tokens: TokenSet;
  /**
   * New tokens for the current ones (refresh_token grant, or client credentials again); undefined when this
   * login cannot renew itself (no refresh token).
   */
  renew: ((current: TokenSet) => Promise<TokenSet>) | undefined;
  /** Called with every new TokenSet before it is used, to store the rotated refresh token. */
  onTokens?(tokens: TokenSet): Promise<void> | void;
  clock?: () => number;
}

/** A Bearer CredentialsProvider over one OAuth login; `tokens()` is for storage and status, never for display. */
export interface OAuthSession extends CredentialsProvider {
  readonly kind: 'bearer';
  refresh(): Promise<boolean>;
  tokens(): TokenSet;
}

/**
 * The login the API client uses. Renews shortly before expiry and after a 401, with one renewal in flight
 * at a time: concurrent callers share it, because with refresh-token rotation a second parallel refresh
 * would replay the old token and get the whole login revoked.
 */
export function createOAuthSession(o: OAuthSessionOptions): OAuthSession {
  const clock = o.clock ?? Date.now;
  let current = o.tokens;
  let dead = false;
  let inFlight: Promise<boolean> | undefined;

  const renewOnce = async (): Promise<boolean> => {
    if (!o.renew || dead) return false;
    let next: TokenSet;
    try {
      next = await o.renew(current);
    } catch (e) {
      if (e instanceof AuthError && (e.code === 'invalid_grant' || e.code === 'invalid_client')) {
        dead = true;
        return false;
      }
      throw e;
    }
    current = next;
    await o.onTokens?.(next);
    return true;
  };

  const refresh = (): Promise<boolean> => {
    inFlight ??= renewOnce().finally(() => (inFlight = undefined));
    return inFlight;
  };

  return {
    kind: 'bearer',
    refresh,
    tokens: () => current,
    async authorization() {
      if (expiresSoon(current, clock())) await refresh();
      return `Bearer ${current.accessToken}`;
    },
  };
}
