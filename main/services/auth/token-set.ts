import type { TokenEndpointResponse } from 'oauth4webapi';

/** The tokens of one OAuth login, as stored and refreshed. Times are milliseconds since the epoch. */
export interface TokenSet {
  accessToken: string;
  tokenType: 'Bearer';
  refreshToken?: string;
  /** When the access token stops working; undefined when the server did not say. */
  expiresAt?: number;
  scope: string[];
}

/**
 * A TokenSet from a token-endpoint answer. On refresh, a server that does not rotate may omit the refresh
 * token: then the previous one stays valid and is kept.
 */
export function tokenSetFrom(r: TokenEndpointResponse, now: number, previous?: TokenSet): TokenSet {
  const refreshToken = r.refresh_token ?? previous?.refreshToken;
  const scope = r.scope !== undefined ? r.scope.split(' ').filter(Boolean) : (previous?.scope ?? []);
  return {
    accessToken: r.access_token,
    tokenType: 'Bearer',
    ...(refreshToken === undefined ? {} : { refreshToken }),
    ...(typeof r.expires_in === 'number' ? { expiresAt: now + r.expires_in * 1000 } : {}),
    scope,
  };
}

/** True when the access token is expired or will be within `skewMs` (refresh before a 401, not after). */
export function expiresSoon(tokens: TokenSet, now: number, skewMs = 30_000): boolean {
  return tokens.expiresAt !== undefined && now + skewMs >= tokens.expiresAt;
}
