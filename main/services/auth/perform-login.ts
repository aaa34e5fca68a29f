import { loginWithClientCredentials } from './client-credentials-login.ts';
import { loginWithDeviceCode, type DeviceCodePrompt } from './device-login.ts';
import type { LoginRecord } from './login-record.ts';
import { loginWithPkce } from './pkce-login.ts';
import type { TokenSet } from './token-set.ts';
import type { Wait } from './wait.ts';

interface OAuthApp {
  baseUrl: string;
  clientId: string;
  clientSecret?: string;
  scope: string;
}

/** One login as a person asks for it (CLI flags, or the app's connect form). */
export type LoginRequest =
  | ({ flow: 'pkce'; port?: number } & OAuthApp)
  | ({ flow: 'device' } & OAuthApp)
  | ({ flow: 'client-credentials'; clientSecret: string; clientAuth?: 'basic' | 'post' } & OAuthApp)
  | { flow: 'api-key'; baseUrl: string; apiKey: string }
  | { flow: 'basic'; baseUrl: string; username: string; password: string };

/** The outside world a login touches: the browser, the person, time and the network. */
export interface LoginPorts {
  openBrowser(url: string): void | Promise<void>;
  onBrowserError?(error: unknown): void;
  onDevicePrompt(prompt: DeviceCodePrompt): void;
  signal?: AbortSignal;
  wait?: Wait;
  clock?: () => number;
  fetch?: typeof fetch;
  /** How long the PKCE flow waits for the browser. */
  timeoutMs?: number;
}

/**
 * Runs the chosen flow and returns the record to store: the one entry point the CLI and the app share, so
 * both log in, and store, the same way. API key and Basic are taken as given (nothing to exchange).
 */
export async function performLogin(r: LoginRequest, ports: LoginPorts): Promise<LoginRecord> {
  const clock = ports.clock ?? Date.now;
  const common = {
    ...(ports.signal ? { signal: ports.signal } : {}),
    ...(ports.wait ? { wait: ports.wait } : {}),
    ...(ports.fetch ? { fetch: ports.fetch } : {}),
    clock,
  };
  const app = (x: OAuthApp) => ({
    baseUrl: x.baseUrl,
    clientId: x.clientId,
    ...(x.clientSecret === undefined ? {} : { clientSecret: x.clientSecret }),
  });
  const record =
    (
      x: OAuthApp,
      flow: 'pkce' | 'device' | 'client-credentials',
      extra: { clientAuth?: 'basic' | 'post' } = {},
    ) =>
    async (tokens: Promise<TokenSet>): Promise<LoginRecord> => ({
      flow,
      ...app(x),
      ...extra,
      tokens: await tokens,
      savedAt: clock(),
    });

  switch (r.flow) {
    case 'pkce':
      return record(
        r,
        'pkce',
      )(
        loginWithPkce({
          ...app(r),
          ...common,
          scope: r.scope,
          openBrowser: ports.openBrowser,
          ...(ports.onBrowserError ? { onBrowserError: ports.onBrowserError } : {}),
          ...(r.port === undefined ? {} : { port: r.port }),
          ...(ports.timeoutMs === undefined ? {} : { timeoutMs: ports.timeoutMs }),
        }),
      );
    case 'device':
      return record(
        r,
        'device',
      )(loginWithDeviceCode({ ...app(r), ...common, scope: r.scope, onPrompt: ports.onDevicePrompt }));
    case 'client-credentials':
      return record(
        r,
        'client-credentials',
        r.clientAuth ? { clientAuth: r.clientAuth } : {},
      )(
        loginWithClientCredentials({
          ...app(r),
          ...common,
          clientSecret: r.clientSecret,
          scope: r.scope,
          ...(r.clientAuth ? { clientAuth: r.clientAuth } : {}),
        }),
      );
    case 'api-key':
      return { flow: 'api-key', baseUrl: r.baseUrl, apiKey: r.apiKey, savedAt: clock() };
    case 'basic':
      return {
        flow: 'basic',
        baseUrl: r.baseUrl,
        username: r.username,
        password: r.password,
        savedAt: clock(),
      };
  }
}
