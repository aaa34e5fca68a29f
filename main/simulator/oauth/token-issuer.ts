import { OAuthError } from './oauth-error.ts';

/** The JSON a token endpoint answers with (RFC 6749 §5.1). */
export interface TokenResponse {
  access_token: string;
  token_type: 'Bearer';
  expires_in: number;
  refresh_token?: string;
  scope: string;
}

/** Who a grant is for: the same shape whichever grant produced it. */
export interface GrantSubject {
  clientId: string;
  accountId: number;
  scopes: string[];
}

interface AccessRecord {
  accountId: number;
  scopes: string[];
  expiresAt: number;
  family: Family;
}
interface RefreshRecord extends GrantSubject {
  expiresAt: number;
  family: Family;
  used: boolean;
}
interface Family {
  revoked: boolean;
}

/** Lifetimes and ports of the issuer. */
export interface TokenIssuerOptions {
  clock: () => number;
  token: () => string;
  accessLifetimeSeconds: number;
  refreshLifetimeSeconds: number;
}

/**
 * Issues and checks access and refresh tokens. Every grant starts a token family; a refresh rotates within it
 * and a replayed refresh token (or a replayed authorization code) revokes the whole family, as RFC 9700 §4.14
 * recommends, so a stolen token stops working as soon as either party uses it twice.
 */
export function createTokenIssuer(o: TokenIssuerOptions) {
  const access = new Map<string, AccessRecord>();
  const refresh = new Map<string, RefreshRecord>();

  const issueIn = (family: Family, subject: GrantSubject, scopes: string[]): TokenResponse => {
    const now = o.clock();
    const accessToken = o.token();
    access.set(accessToken, {
      accountId: subject.accountId,
      scopes,
      expiresAt: now + o.accessLifetimeSeconds * 1000,
      family,
    });
    const response: TokenResponse = {
      access_token: accessToken,
      token_type: 'Bearer',
      expires_in: o.accessLifetimeSeconds,
      scope: scopes.join(' '),
    };
    if (subject.scopes.includes('offline_access')) {
      const refreshToken = o.token();
      refresh.set(refreshToken, {
        clientId: subject.clientId,
        accountId: subject.accountId,
        scopes: subject.scopes,
        expiresAt: now + o.refreshLifetimeSeconds * 1000,
        family,
        used: false,
      });
      response.refresh_token = refreshToken;
    }
    return response;
  };

  return {
    /** Tokens for a fresh grant; a refresh token only when offline_access was granted. */
    issue(subject: GrantSubject): { response: TokenResponse; family: Family } {
      const family: Family = { revoked: false };
      return { response: issueIn(family, subject, subject.scopes), family };
    },

    /** Ends a family: every access and refresh token in it stops working at once. */
    revoke(family: Family): void {
      family.revoked = true;
    },

    /** The refresh_token grant with rotation: the old token is spent, a replay revokes the family. */
    rotate(refreshToken: string, clientId: string, requestedScopes: string[] | undefined): TokenResponse {
      const record = refresh.get(refreshToken);
      if (!record || record.family.revoked) {
        throw new OAuthError('invalid_grant', 'The refresh token is unknown or was revoked.');
      }
      if (record.used) {
        record.family.revoked = true;
        throw new OAuthError('invalid_grant', 'The refresh token was already used; this login was revoked.');
      }
      if (record.clientId !== clientId) {
        throw new OAuthError('invalid_grant', 'The refresh token was issued to another application.');
      }
      if (o.clock() >= record.expiresAt)
        throw new OAuthError('invalid_grant', 'The refresh token has expired.');
      const scopes = requestedScopes ?? record.scopes;
      const extra = scopes.find((s) => !record.scopes.includes(s));
      if (extra) throw new OAuthError('invalid_scope', `"${extra}" was not granted originally.`);
      record.used = true;
      const { accountId, scopes: granted } = record;
      return issueIn(record.family, { clientId, accountId, scopes: granted }, scopes);
    },

    /** The account and scopes behind a live access token, or undefined (unknown, expired or revoked). */
    authenticate(accessToken: string): { accountId: number; scopes: string[] } | undefined {
      const record = access.get(accessToken);
      if (!record || record.family.revoked || o.clock() >= record.expiresAt) return undefined;
      return { accountId: record.accountId, scopes: [...record.scopes] };
    },
  };
}

/** The issuer as the endpoints use it. */
export type TokenIssuer = ReturnType<typeof createTokenIssuer>;
/** A handle on one grant's tokens, kept with an authorization code so a replay can revoke them. */
export type TokenFamily = ReturnType<TokenIssuer['issue']>['family'];
