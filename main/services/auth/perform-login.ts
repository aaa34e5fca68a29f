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
  if (r.flow === 'api-key') return { flow: r.flow, baseUrl: r.baseUrl, apiKey: r.apiKey, savedAt: clock() };
  if (r.flow === 'basic') {
    return { flow: r.flow, baseUrl: r.baseUrl, username: r.username, password: r.password, savedAt: clock() };
  }
  const tokens = await oauthTokens(r, ports, clock);
  return {
    flow: r.flow,
    baseUrl: r.baseUrl,
    clientId: r.clientId,
    clientSecret: r.clientSecret,
    clientAuth: r.flow === 'client-credentials' ? r.clientAuth : undefined,
    tokens,
    savedAt: clock(),
  };
}

type OAuthRequest = Exclude<LoginRequest, { flow: 'api-key' } | { flow: 'basic' }>;

function oauthTokens(r: OAuthRequest, ports: LoginPorts, clock: () => number): Promise<TokenSet> {
  const common = {
    baseUrl: r.baseUrl,
    clientId: r.clientId,
    clientSecret: r.clientSecret,
    scope: r.scope,
    signal: ports.signal,
    wait: ports.wait,
    fetch: ports.fetch,
    clock,
  };
  switch (r.flow) {
    case 'pkce':
      return loginWithPkce({
        ...common,
        openBrowser: ports.openBrowser,
        onBrowserError: ports.onBrowserError,
        port: r.port,
        timeoutMs: ports.timeoutMs,
      });
    case 'device':
      return loginWithDeviceCode({ ...common, onPrompt: ports.onDevicePrompt });
    case 'client-credentials':
      return loginWithClientCredentials({
        ...common,
        clientSecret: r.clientSecret,
        clientAuth: r.clientAuth,
      });
  }
}
