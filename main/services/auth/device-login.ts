import * as oauth from 'oauth4webapi';
import { AuthError } from './auth-error.ts';
import { oauthCall, type OAuthClientSettings } from './oauth-client.ts';
import { toAuthError } from './to-auth-error.ts';
import { tokenSetFrom, type TokenSet } from './token-set.ts';
import { realWait, type Wait } from './wait.ts';

/** What the person must see to approve a device login. */
export interface DeviceCodePrompt {
  userCode: string;
  verificationUri: string;
  verificationUriComplete?: string;
  expiresInSeconds: number;
}

/** Everything the Device Code login needs; showing the code, waiting and the clock are ports. */
export interface DeviceLoginOptions extends OAuthClientSettings {
  scope: string;
  onPrompt(prompt: DeviceCodePrompt): void;
  signal?: AbortSignal;
  wait?: Wait;
  clock?: () => number;
}

/**
 * OAuth 2.0 Device Authorization Grant (RFC 8628): the fallback when no browser or loopback works. Polls at
 * the server's interval, adds 5 s on slow_down, stops on expiry (server's expired_token or its own deadline),
 * on access_denied and on cancel.
 */
export async function loginWithDeviceCode(o: DeviceLoginOptions): Promise<TokenSet> {
  const call = oauthCall(o);
  const clock = o.clock ?? Date.now;
  const wait = o.wait ?? realWait;
  const secrets: (string | undefined)[] = [o.clientSecret];
  try {
    const started = await oauth.processDeviceAuthorizationResponse(
      call.as,
      call.client,
      await oauth.deviceAuthorizationRequest(
        call.as,
        call.client,
        call.clientAuth,
        { scope: o.scope },
        call.options(o.signal),
      ),
    );
    secrets.push(started.device_code);
    const deadline = clock() + started.expires_in * 1000;
    o.onPrompt({
      userCode: started.user_code,
      verificationUri: started.verification_uri,
      ...(started.verification_uri_complete
        ? { verificationUriComplete: started.verification_uri_complete }
        : {}),
      expiresInSeconds: started.expires_in,
    });
    let interval = started.interval ?? 5;
    const signal = o.signal ?? new AbortController().signal;
    for (;;) {
      signal.throwIfAborted();
      await wait(interval * 1000, signal);
      if (clock() >= deadline)
        throw new AuthError(
          'expired_token',
          'The code expired before it was approved. Start the login again.',
        );
      try {
        const response = await oauth.deviceCodeGrantRequest(
          call.as,
          call.client,
          call.clientAuth,
          started.device_code,
          call.options(o.signal),
        );
        return tokenSetFrom(await oauth.processDeviceCodeResponse(call.as, call.client, response), clock());
      } catch (e) {
        if (!(e instanceof oauth.ResponseBodyError)) throw e;
        if (e.error === 'authorization_pending') continue;
        if (e.error === 'slow_down') interval += 5;
        else throw e;
      }
    }
  } catch (e) {
    throw toAuthError(e, secrets, o.baseUrl);
  }
}
