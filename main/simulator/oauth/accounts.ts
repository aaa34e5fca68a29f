import { createHash, timingSafeEqual } from 'node:crypto';

/** A simulator user who can sign in on the consent and verify pages. */
export interface OAuthAccount {
  id: number;
  username: string;
  password: string;
  /** smart-me accepts the e-mail address in place of the username. */
  email?: string;
}

/**
 * The account for a username and password, or undefined. Compares in constant time so the simulator does not
 * teach bad habits; username or e-mail match case-insensitively, as on smart-me.
 */
export function checkPassword(
  accounts: OAuthAccount[],
  username: string,
  password: string,
): OAuthAccount | undefined {
  const wanted = username.trim().toLowerCase();
  const account = accounts.find(
    (a) => a.username.toLowerCase() === wanted || a.email?.toLowerCase() === wanted,
  );
  const matches = secretEquals(password, account?.password ?? '\u0000no-account');
  return account && matches ? account : undefined;
}

/** Constant-time comparison of two secrets of any length (hashing first hides the length). */
export function secretEquals(a: string, b: string): boolean {
  const ha = createHash('sha256').update(a).digest();
  const hb = createHash('sha256').update(b).digest();
  return timingSafeEqual(ha, hb);
}
