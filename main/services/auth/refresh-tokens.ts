import * as oauth from 'oauth4webapi';
import { oauthCall, type OAuthClientSettings } from './oauth-client.ts';
import { toAuthError } from './to-auth-error.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';

/** Refreshes `current` (which must carry a refresh token) with the refresh_token grant. */
export interface RefreshOptions extends OAuthClientSettings {
  current: TokenSet & { refreshToken: string };
  signal?: AbortSignal;
  clock?: () => number;
}

/**
 * The refresh_token grant (RFC 6749 §6). smart-me rotates refresh tokens, so the answer's new refresh token
 * replaces the old one, which is dead from now on: the caller must store the result before anything else.
 */
export async function refreshTokens(o: RefreshOptions): Promise<TokenSet> {
  const call = oauthCall(o);
  try {
    const response = await oauth.refreshTokenGrantRequest(
      call.as,
      call.client,
      call.clientAuth,
      o.current.refreshToken,
      call.options(o.signal),
    );
    const result = await oauth.processRefreshTokenResponse(call.as, call.client, response);
    return tokenSetFrom(result, (o.clock ?? Date.now)(), o.current);
  } catch (e) {
    throw toAuthError(e, [o.clientSecret, o.current.refreshToken, o.current.accessToken], o.baseUrl);
  }
}
