import * as oauth from 'oauth4webapi';
import { oauthCall, type OAuthClientSettings } from './oauth-client.ts';
import { toAuthError } from './to-auth-error.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';

/** A "Device" application's login: its id and secret, no person involved. */
export interface ClientCredentialsOptions extends OAuthClientSettings {
  clientSecret: string;
  scope: string;
  signal?: AbortSignal;
  clock?: () => number;
}

/**
 * OAuth 2.0 Client Credentials (RFC 6749 §4.4), smart-me's replacement for Basic auth on embedded devices.
 * There is no refresh token: a session renews by running this again.
 */
export async function loginWithClientCredentials(o: ClientCredentialsOptions): Promise<TokenSet> {
  const call = oauthCall(o);
  try {
    const response = await oauth.clientCredentialsGrantRequest(
      call.as,
      call.client,
      call.clientAuth,
      { scope: o.scope },
      call.options(o.signal),
    );
    const result = await oauth.processClientCredentialsResponse(call.as, call.client, response);
    return tokenSetFrom(result, (o.clock ?? Date.now)());
  } catch (e) {
    throw toAuthError(e, [o.clientSecret], o.baseUrl);
  }
}
