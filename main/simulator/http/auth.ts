import type { SimAccount } from '../world/types.ts';

/** Checks a Bearer token (the OAuth server's `authenticate`), giving the account id it was issued for. */
export type BearerCheck = (accessToken: string) => { accountId: number; scopes: string[] } | undefined;

/** Who made a request and how: the scheme is kept for licence hints and logs (never the secret). */
export interface Caller {
  account: SimAccount;
  scheme: 'basic' | 'apikey' | 'bearer';
  scopes?: string[];
}

/** The 401 challenge the cloud sends: clients use it to know Basic is accepted. */
export const WWW_AUTHENTICATE = 'Basic realm="smart-me"';

function basicCaller(credentials: string, accounts: readonly SimAccount[]): Caller | undefined {
  const decoded = Buffer.from(credentials, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  const user = decoded.slice(0, colon).toLowerCase();
  const password = decoded.slice(colon + 1);
  const account = accounts.find(
    (a) => (a.username.toLowerCase() === user || a.email.toLowerCase() === user) && a.password === password,
  );
  return account && { account, scheme: 'basic' };
}

/**
 * Resolves `Authorization: Basic <b64 user:password>` (user name or e-mail), `ApiKey <key>` or
 * `Bearer <token>` to an account; undefined for a missing, malformed or wrong credential (→ 401).
 */
export function authenticate(
  header: string | undefined,
  accounts: readonly SimAccount[],
  bearer: BearerCheck | undefined,
): Caller | undefined {
  if (!header) return undefined;
  const match = /^\s*(\S+)\s+(.+?)\s*$/.exec(header);
  if (!match) return undefined;
  const scheme = (match[1] ?? '').toLowerCase();
  const credentials = match[2] ?? '';
  if (scheme === 'basic') return basicCaller(credentials, accounts);
  if (scheme === 'apikey') {
    const account = accounts.find((a) => a.apiKey !== undefined && a.apiKey === credentials);
    return account && { account, scheme: 'apikey' };
  }
  if (scheme === 'bearer' && bearer) {
    const grant = bearer(credentials);
    const account = grant && accounts.find((a) => a.id === grant.accountId);
    return account && grant && { account, scheme: 'bearer', scopes: grant.scopes };
  }
  return undefined;
}
