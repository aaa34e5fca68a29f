import { createHash } from 'node:crypto';
import type { LoginInfo } from '../../../shared/contract/calls/auth.ts';
import type { LoginRecord } from '../auth/login-record.ts';

/**
 * What the Connect view may know about a stored login: the flow, server, user name or application, scope and
 * expiry. Built field by field from the record, so a token, password or key can never ride along.
 */
export function loginInfoFromRecord(record: LoginRecord, stored: boolean, since: number): LoginInfo {
  const base = { flow: record.flow, baseUrl: record.baseUrl, since: new Date(since).toISOString(), stored };
  if (record.flow === 'api-key') return base;
  if (record.flow === 'basic') return { ...base, username: record.username };
  const { tokens } = record;
  return {
    ...base,
    clientId: record.clientId,
    scope: tokens.scope.join(' '),
    refreshable: record.flow === 'client-credentials' || tokens.refreshToken !== undefined,
    ...(tokens.expiresAt === undefined ? {} : { expiresAt: new Date(tokens.expiresAt).toISOString() }),
  };
}

/** The built-in simulator's login: nothing is stored, it lasts as long as the app runs. */
export function demoLoginInfo(baseUrl: string, since: number): LoginInfo {
  return { flow: 'demo', baseUrl, since: new Date(since).toISOString(), username: 'demo', stored: false };
}

/**
 * A non-secret label of the account for the fleet cache key, so two accounts on one server never see each
 * other's cached data. An API key is only ever represented by a short hash.
 */
export function accountLabel(record: LoginRecord | { flow: 'demo' }): string {
  switch (record.flow) {
    case 'demo':
      return 'demo';
    case 'basic':
      return `user:${record.username.toLowerCase()}`;
    case 'api-key':
      return `apikey:${createHash('sha256').update(record.apiKey).digest('hex').slice(0, 8)}`;
    default:
      return `oauth:${record.clientId}`;
  }
}
