import * as oauth from 'oauth4webapi';
import { AuthError, redact, type AuthErrorCode } from './auth-error.ts';

const KNOWN: Record<string, AuthErrorCode> = {
  access_denied: 'access_denied',
  expired_token: 'expired_token',
  invalid_grant: 'invalid_grant',
  invalid_client: 'invalid_client',
  invalid_scope: 'invalid_scope',
  unauthorized_client: 'unauthorized_client',
};

const HINTS: Partial<Record<AuthErrorCode, string>> = {
  access_denied: 'The login was denied.',
  expired_token: 'The code expired before it was approved. Start the login again.',
  invalid_grant: 'The server refused the code or token. Log in again.',
  invalid_client: 'The server does not accept this application: check the client ID and secret.',
  invalid_scope: 'The server refused the requested scopes: check --scope and the application permissions.',
  unauthorized_client: 'This application may not use this login flow: check its type in the smart-me portal.',
};

/**
 * Turns whatever a flow threw (oauth4webapi errors, fetch failures, aborts) into an AuthError with a stable
 * code. Server-provided text is redacted of the flow's `secrets` and shortened; library causes (which hold
 * response bodies) are dropped, so nothing secret rides along.
 */
export function toAuthError(e: unknown, secrets: (string | undefined)[], baseUrl: string): AuthError {
  if (e instanceof AuthError) return e;
  if (e instanceof oauth.ResponseBodyError || e instanceof oauth.AuthorizationResponseError) {
    return fromOAuthCode(e.error, e.error_description, secrets);
  }
  if (e instanceof oauth.WWWAuthenticateChallengeError) {
    return e.status === 401
      ? fromOAuthCode('invalid_client', undefined, secrets)
      : unexpected(`HTTP ${e.status}`);
  }
  if (e instanceof oauth.OperationProcessingError) {
    const status = e.cause instanceof Response ? ` (HTTP ${e.cause.status})` : '';
    return unexpected(`${redact(e.message, secrets)}${status}`);
  }
  const name = (e as Error | undefined)?.name;
  if (name === 'AbortError') return new AuthError('cancelled', 'The login was cancelled.');
  if (name === 'TimeoutError')
    return new AuthError('timeout', `${originOf(baseUrl)} did not answer in time.`);
  const code = (e as { cause?: { code?: unknown } } | undefined)?.cause?.code;
  if (e instanceof TypeError && typeof code === 'string') {
    return new AuthError(
      'network',
      `Cannot reach ${originOf(baseUrl)} (${code}). Check the address and network.`,
    );
  }
  return unexpected(redact(String((e as Error | undefined)?.message ?? e), secrets));
}

/** An AuthError for an RFC 6749 `error` code and its optional description. */
export function fromOAuthCode(
  error: string,
  description: string | undefined,
  secrets: (string | undefined)[],
) {
  const code = KNOWN[error] ?? 'oauth_error';
  const detail = description ? ` Server says: ${redact(description, secrets)}` : '';
  const hint = HINTS[code] ?? `The server answered "${redact(error, secrets, 60)}".`;
  return new AuthError(code, `${hint}${detail}`);
}

function unexpected(detail: string): AuthError {
  return new AuthError('unexpected_answer', `The server's answer is not a valid OAuth response: ${detail}`);
}

function originOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).origin;
  } catch {
    return 'the server';
  }
}
