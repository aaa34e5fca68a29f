/** Stable codes of every expected login failure; the UI and CLI key their hints on these. */
export type AuthErrorCode =
  | 'access_denied'
  | 'state_mismatch'
  | 'timeout'
  | 'cancelled'
  | 'expired_token'
  | 'invalid_grant'
  | 'invalid_client'
  | 'invalid_scope'
  | 'unauthorized_client'
  | 'oauth_error'
  | 'network'
  | 'unexpected_answer'
  | 'insecure_url'
  | 'port_in_use'
  | 'stored_login_invalid';

/**
 * A login failure with a stable code and a message a technician can act on. Messages never contain a
 * secret: whatever may echo one (a server's error_description) goes through `redact` first.
 */
export class AuthError extends Error {
  override name = 'AuthError';
  constructor(
    readonly code: AuthErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Replaces every known secret inside `text` with "[redacted]" and caps its length: for any text that came
 * from outside (server error descriptions, library messages) before it reaches a message or a log line.
 */
export function redact(text: string, secrets: (string | undefined)[], maxLength = 300): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 4) out = out.split(secret).join('[redacted]');
  }
  return out.length > maxLength ? `${out.slice(0, maxLength)}…` : out;
}
