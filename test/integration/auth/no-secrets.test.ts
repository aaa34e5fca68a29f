import { inspect } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loginWithClientCredentials } from '../../../main/services/auth/client-credentials-login.ts';
import { loginWithDeviceCode } from '../../../main/services/auth/device-login.ts';
import { loginWithPkce } from '../../../main/services/auth/pkce-login.ts';
import { refreshTokens } from '../../../main/services/auth/refresh-tokens.ts';
import { approvingDemo } from './helpers/fake-browser.ts';
import { pkceTokens } from './helpers/logins.ts';
import { ACCOUNTS, startOAuthServer, type TestOAuth } from './helpers/oauth-test-server.ts';

let server: TestOAuth;
beforeEach(async () => (server = await startOAuthServer()));
afterEach(() => server.close());

/** Everything a person could see of an error: message, stack, and a deep inspect (causes included). */
const visible = (e: unknown) => `${String(e)}\n${(e as Error).stack ?? ''}\n${inspect(e, { depth: 10 })}`;

describe('no secret in any login error', () => {
  it('holds for wrong client secrets in every flow and for a replayed refresh token', async () => {
    const secrets = [
      'Wr0ng-Client-Secret',
      'meterscope-secret',
      'meterscope-device-secret',
      ACCOUNTS[0]!.password,
    ];
    const errors: unknown[] = [];

    errors.push(
      await loginWithClientCredentials({
        baseUrl: server.baseUrl,
        clientId: 'meterscope-device',
        clientSecret: 'Wr0ng-Client-Secret',
        scope: 'device.read',
      }).catch((e: unknown) => e),
    );
    errors.push(
      await loginWithDeviceCode({
        baseUrl: server.baseUrl,
        clientId: 'meterscope-confidential',
        clientSecret: 'Wr0ng-Client-Secret',
        scope: 'device.read',
        onPrompt: () => undefined,
      }).catch((e: unknown) => e),
    );
    errors.push(
      await loginWithPkce({
        baseUrl: server.baseUrl,
        clientId: 'meterscope-confidential',
        clientSecret: 'Wr0ng-Client-Secret',
        scope: 'device.read',
        openBrowser: approvingDemo().open,
        wait: () => new Promise(() => undefined),
      }).catch((e: unknown) => e),
    );

    const tokens = await pkceTokens(server);
    const renew = () =>
      refreshTokens({
        baseUrl: server.baseUrl,
        clientId: 'meterscope-demo',
        current: { ...tokens, refreshToken: tokens.refreshToken! },
      });
    const rotated = await renew();
    errors.push(await renew().catch((e: unknown) => e));
    secrets.push(tokens.accessToken, tokens.refreshToken!, rotated.accessToken, rotated.refreshToken!);

    expect(errors.map((e) => (e as { code: string }).code)).toEqual([
      'invalid_client',
      'invalid_client',
      'invalid_client',
      'invalid_grant',
    ]);
    for (const e of errors) for (const s of secrets) expect(visible(e)).not.toContain(s);
  });
});
