import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../../main/ipc/redact.ts';

describe('redactSecrets', () => {
  it.each([
    ['Authorization: Bearer eyJhbGciOi.abc.def', 'eyJhbGciOi'],
    ['Basic ZGVtbzpkZW1v failed', 'ZGVtbzpkZW1v'],
    ['POST body refresh_token=r-123456&grant_type=refresh_token', 'r-123456'],
    ['{"access_token":"tok-98765"}', 'tok-98765'],
    ['redirect http://127.0.0.1:5000/callback?code=authcode77&state=s', 'authcode77'],
    ['https://user:hunter2@host/x', 'hunter2'],
    ['open http://127.0.0.1:3000/?token=abcdefgh', 'abcdefgh'],
  ])('blanks the secret in %s', (text, secret) => {
    expect(redactSecrets(text)).not.toContain(secret);
    expect(redactSecrets(text)).toContain('[redacted]');
  });

  it('leaves ordinary technician messages alone', () => {
    const text = 'OBIS code: 1-0:1.8.0*255 is unknown; the password field is empty';
    expect(redactSecrets(text)).toBe(text);
  });
});
