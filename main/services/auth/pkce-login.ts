import * as oauth from 'oauth4webapi';
import { AuthError } from './auth-error.ts';
import { startLoopbackListener } from './loopback-listener.ts';
import { oauthCall, type OAuthClientSettings } from './oauth-client.ts';
import { toAuthError } from './to-auth-error.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';
import type { Wait } from './wait.ts';

/** Everything the Authorization Code + PKCE login needs; the browser is a port. */
export interface PkceLoginOptions extends OAuthClientSettings {
  scope: string;
  /**
   * Shows the authorize URL to the person: the CLI runs the system opener and prints the URL, the app asks
   * Electron, tests follow the page like a browser. Failures are reported, not fatal: the URL can be opened
   * by hand.
   */
  openBrowser(url: string): void | Promise<void>;
  onBrowserError?(error: unknown): void;
  /** Loopback port; 0 (default) = any free port (RFC 8252), fixed for apps registered with exact match. */
  port?: number;
  signal?: AbortSignal;
  timeoutMs?: number;
  wait?: Wait;
  clock?: () => number;
}

/**
 * OAuth 2.0 Authorization Code with PKCE S256 over a loopback redirect (RFC 6749, 7636, 8252), via
 * oauth4webapi. The listener is closed on every path; the browser learns the outcome only after the token
 * exchange, so "signed in" there is true.
 */
export async function loginWithPkce(o: PkceLoginOptions): Promise<TokenSet> {
  const call = oauthCall(o);
  const verifier = oauth.generateRandomCodeVerifier();
  const state = oauth.generateRandomState();
  const secrets = [verifier, state, o.clientSecret];
  const listener = await startLoopbackListener({
    expectedState: state,
    port: o.port,
    signal: o.signal,
    timeoutMs: o.timeoutMs,
    wait: o.wait,
  });
  try {
    const url = new URL(call.as.authorization_endpoint as string);
    url.search = new URLSearchParams({
      response_type: 'code',
      client_id: o.clientId,
      redirect_uri: listener.redirectUri,
      scope: o.scope,
      state,
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
    }).toString();
    Promise.resolve()
      .then(() => o.openBrowser(url.href))
      .catch((e: unknown) => o.onBrowserError?.(e));

    const callback = await listener.callback;
    const code = callback.params.get('code') ?? undefined;
    try {
      const params = oauth.validateAuthResponse(call.as, call.client, callback.params, state);
      const response = await oauth.authorizationCodeGrantRequest(
        call.as,
        call.client,
        call.clientAuth,
        params,
        listener.redirectUri,
        verifier,
        call.options(o.signal),
      );
      const result = await oauth.processAuthorizationCodeResponse(call.as, call.client, response);
      await callback.finish({ ok: true });
      return tokenSetFrom(result, (o.clock ?? Date.now)());
    } catch (e) {
      const error = toAuthError(e, [...secrets, code], o.baseUrl);
      await callback.finish({ ok: false, reason: error.message });
      throw error;
    }
  } catch (e) {
    throw e instanceof AuthError ? e : toAuthError(e, secrets, o.baseUrl);
  } finally {
    await listener.close();
  }
}
