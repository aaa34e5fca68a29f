import { loginWithPkce } from '../../../../main/services/auth/pkce-login.ts';
import type { TokenSet } from '../../../../main/services/auth/token-set.ts';
import { approvingDemo } from './fake-browser.ts';
import type { TestOAuth } from './oauth-test-server.ts';

/** A real PKCE login of the demo account with offline_access: tokens with a refresh token. */
export function pkceTokens(server: TestOAuth): Promise<TokenSet> {
  return loginWithPkce({
    baseUrl: server.baseUrl,
    clientId: 'meterscope-demo',
    scope: 'device.read offline_access',
    openBrowser: approvingDemo().open,
    wait: () => new Promise(() => undefined),
    clock: server.clock.now,
  });
}
