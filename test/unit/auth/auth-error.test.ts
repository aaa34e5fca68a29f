import * as oauth from 'oauth4webapi';
import { describe, expect, it } from 'vitest';
import { AuthError, redact } from '../../../main/services/auth/auth-error.ts';
import { fromOAuthCode, toAuthError } from '../../../main/services/auth/to-auth-error.ts';

describe('redaction', () => {
  it('removes every known secret and caps the length', () => {
    expect(redact('token abcd1234 and abcd1234 again', ['abcd1234'])).toBe(
      'token [redacted] and [redacted] again',
    );
    expect(redact('x'.repeat(500), []).length).toBeLessThanOrEqual(301);
    expect(redact('abc', ['abc'])).toBe('abc');
  });
});

describe('login errors', () => {
  it('map RFC 6749 codes to stable codes with a hint, redacting the server text', () => {
    const e = fromOAuthCode('invalid_grant', 'code s3cr3t-code is spent', ['s3cr3t-code']);
    expect(e.code).toBe('invalid_grant');
    expect(e.message).toContain('Log in again');
    expect(e.message).not.toContain('s3cr3t-code');
    expect(fromOAuthCode('temporarily_unavailable', undefined, []).code).toBe('oauth_error');
  });

  it('map aborts, fetch failures and odd answers without exposing library internals', () => {
    const abort = toAuthError(new DOMException('x', 'AbortError'), [], 'https://a.example');
    expect(abort.code).toBe('cancelled');
    const refused = toAuthError(
      Object.assign(new TypeError('fetch failed'), { cause: { code: 'ENOTFOUND' } }),
      [],
      'https://a.example/x',
    );
    expect(refused).toMatchObject({ code: 'network', message: expect.stringContaining('https://a.example') });
    const odd = toAuthError(new oauth.OperationProcessingError('bad body'), [], 'https://a.example');
    expect(odd.code).toBe('unexpected_answer');
    expect(odd).toBeInstanceOf(AuthError);
    expect(odd.cause).toBeUndefined();
  });
});
