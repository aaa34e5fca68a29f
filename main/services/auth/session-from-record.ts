import type { CredentialsProvider } from '../api/credentials.ts';
import { loginWithClientCredentials } from './client-credentials-login.ts';
import type { LoginRecord, OAuthLoginRecord } from './login-record.ts';
import type { OAuthClientSettings } from './oauth-client.ts';
import { createOAuthSession } from './oauth-session.ts';
import { refreshTokens } from './refresh-tokens.ts';
import { apiKeyCredentials, basicCredentials } from '../api/static-credentials.ts';
import type { TokenSet } from './token-set.ts';

/** Ports a restored session may use (tests pass a clock and fetch). */
export interface SessionPorts {
  clock?: () => number;
  fetch?: typeof fetch;
}

/**
 * Turns a stored login back into credentials. OAuth logins become sessions that renew (refresh token, or
 * client credentials again) and hand every new token set to `save`, so a rotated refresh token is never lost.
 */
export function sessionFromRecord(
  record: LoginRecord,
  save: (next: LoginRecord) => Promise<void>,
  ports: SessionPorts = {},
): CredentialsProvider {
  if (record.flow === 'api-key') return apiKeyCredentials(record.apiKey);
  if (record.flow === 'basic') return basicCredentials(record.username, record.password);
  const settings = clientSettings(record, ports);
  const clock = ports.clock ?? Date.now;
  const renew = renewer(record, settings, clock);
  return createOAuthSession({
    tokens: record.tokens,
    renew,
    clock,
    onTokens: (tokens) => save({ ...record, tokens, savedAt: clock() }),
  });
}

function renewer(record: OAuthLoginRecord, settings: OAuthClientSettings, clock: () => number) {
  if (record.flow === 'client-credentials') {
    const secret = record.clientSecret;
    if (secret === undefined) return undefined;
    return () =>
      loginWithClientCredentials({
        ...settings,
        clientSecret: secret,
        scope: record.tokens.scope.join(' '),
        clock,
      });
  }
  if (record.tokens.refreshToken === undefined) return undefined;
  return (current: TokenSet) => {
    if (current.refreshToken === undefined) return Promise.resolve(current);
    return refreshTokens({ ...settings, current: { ...current, refreshToken: current.refreshToken }, clock });
  };
}

function clientSettings(record: OAuthLoginRecord, ports: SessionPorts): OAuthClientSettings {
  const { baseUrl, clientId, clientSecret, clientAuth } = record;
  return { baseUrl, clientId, clientSecret, clientAuth, fetch: ports.fetch };
}
