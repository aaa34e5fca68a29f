import { randomBytes } from 'node:crypto';
import { AuthError } from './auth-error.ts';
import { startLoopbackListener } from './loopback-listener.ts';

/** What the self-test found, in words a person can act on. */
export interface RedirectSelfTestResult {
  ok: boolean;
  /** The redirect URI the test listened on. */
  testedUri: string;
  /** What to register with the OAuth application: port-less for any-port loopback, exact for a fixed port. */
  registerUri: string;
  detail: string;
}

/**
 * Checks that a browser redirect can reach Meterscope on this machine: starts the loopback listener, calls it
 * like a browser would, and says which redirect URI the OAuth application must have registered. Catches a
 * busy fixed port or a local firewall before a real login stalls on it.
 */
export async function redirectSelfTest(
  o: { port?: number; fetch?: typeof fetch } = {},
): Promise<RedirectSelfTestResult> {
  const fixed = o.port !== undefined && o.port !== 0;
  const registerUri = fixed ? `http://127.0.0.1:${o.port}/callback` : 'http://127.0.0.1/callback';
  const state = randomBytes(16).toString('base64url');
  let listener;
  try {
    listener = await startLoopbackListener({ expectedState: state, port: o.port ?? 0, timeoutMs: 30_000 });
  } catch (e) {
    const detail = e instanceof AuthError ? e.message : 'The loopback listener could not start.';
    return { ok: false, testedUri: registerUri, registerUri, detail };
  }
  const testedUri = listener.redirectUri;
  try {
    const probe = (o.fetch ?? fetch)(`${testedUri}?code=self-test&state=${state}`, { redirect: 'manual' });
    const callback = await listener.callback;
    await callback.finish({ ok: true });
    const response = await probe;
    await response.text();
    if (response.status !== 200) {
      return { ok: false, testedUri, registerUri, detail: `The listener answered HTTP ${response.status}.` };
    }
    const how = fixed ? 'exactly this URI' : 'this URI (any port is used, RFC 8252)';
    return {
      ok: true,
      testedUri,
      registerUri,
      detail: `The redirect works. Register ${how}: ${registerUri}`,
    };
  } catch (e) {
    const detail = e instanceof AuthError ? e.message : `The browser redirect could not reach ${testedUri}.`;
    return { ok: false, testedUri, registerUri, detail };
  } finally {
    await listener.close();
  }
}
