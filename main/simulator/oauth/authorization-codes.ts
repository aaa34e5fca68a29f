import { OAuthError } from './oauth-error.ts';
import { pkceS256Matches } from './pkce.ts';
import type { GrantSubject, TokenFamily } from './token-issuer.ts';

/** What an approved authorization request binds its code to (RFC 6749 §4.1.3, RFC 7636 §4.6). */
export interface CodeGrant extends GrantSubject {
  redirectUri: string;
  codeChallenge?: string;
}

interface CodeRecord extends CodeGrant {
  expiresAt: number;
  used: boolean;
  family?: TokenFamily;
}

/** What the token endpoint presents when it redeems a code. */
export interface CodeRedemption {
  code: string;
  clientId: string;
  redirectUri: string | undefined;
  codeVerifier: string | undefined;
}

/**
 * Authorization codes: short-lived and single-use. Any presentation spends the code, even a failed one, so a
 * code cannot be brute-forced against verifiers; presenting it again revokes the tokens it produced
 * (RFC 6749 §4.1.2).
 */
export function createCodeStore(o: { clock: () => number; token: () => string; lifetimeSeconds: number }) {
  const codes = new Map<string, CodeRecord>();
  return {
    /** A new code for an approved request. */
    create(grant: CodeGrant): string {
      const code = o.token();
      codes.set(code, { ...grant, expiresAt: o.clock() + o.lifetimeSeconds * 1000, used: false });
      return code;
    },

    /**
     * Checks and spends a code. `revokeReplay` is called with the family of tokens an earlier redemption
     * produced when the code is replayed. Returns the grant and a setter to remember the new family.
     */
    redeem(r: CodeRedemption, revokeReplay: (family: TokenFamily) => void) {
      const record = codes.get(r.code);
      if (!record) throw new OAuthError('invalid_grant', 'The authorization code is unknown.');
      if (record.used) {
        if (record.family) revokeReplay(record.family);
        throw new OAuthError(
          'invalid_grant',
          'The authorization code was already used; its tokens were revoked.',
        );
      }
      record.used = true;
      if (o.clock() >= record.expiresAt)
        throw new OAuthError('invalid_grant', 'The authorization code expired.');
      if (record.clientId !== r.clientId) {
        throw new OAuthError('invalid_grant', 'The authorization code was issued to another application.');
      }
      if (r.redirectUri !== record.redirectUri) {
        throw new OAuthError(
          'invalid_grant',
          'redirect_uri differs from the one in the authorization request.',
        );
      }
      checkVerifier(record.codeChallenge, r.codeVerifier);
      return { grant: record as CodeGrant, remember: (family: TokenFamily) => void (record.family = family) };
    },
  };
}

function checkVerifier(challenge: string | undefined, verifier: string | undefined): void {
  if (challenge === undefined) {
    if (verifier !== undefined) {
      throw new OAuthError('invalid_grant', 'code_verifier was sent but the request had no code_challenge.');
    }
    return;
  }
  if (verifier === undefined) throw new OAuthError('invalid_grant', 'code_verifier is missing (PKCE).');
  if (!pkceS256Matches(verifier, challenge)) {
    throw new OAuthError('invalid_grant', 'code_verifier does not match the code_challenge (PKCE).');
  }
}

/** The code store as the endpoints use it. */
export type CodeStore = ReturnType<typeof createCodeStore>;
