import { loginWithPkce } from '../../../../main/services/auth/pkce-login.ts';
import type { TokenSet } from '../../../../main/services/auth/token-set.ts';
import { fakeBrowser } from './fake-browser.ts';
import { ACCOUNTS, type TestOAuth } from './oauth-test-server.ts';

/** A real PKCE login of the demo account with offline_access: tokens with a refresh token. */
export function pkceTokens(server: TestOAuth): Promise<TokenSet> {
  const demo = ACCOUNTS[0]!;
  return loginWithPkce({
    baseUrl: server.baseUrl,
    clientId: 'meterscope-demo',
    scope: 'device.read offline_access',
    openBrowser: fakeBrowser({ decision: 'approve', username: demo.username, password: demo.password }).open,
    wait: () => new Promise(() => undefined),
    clock: server.clock.now,
  });
}
