import { describe, expect, it } from 'vitest';
import { basicAuthMatches, parseBasicCredentials } from '../../../main/services/webhook/basic-auth.ts';

const header = (text: string) => `Basic ${Buffer.from(text).toString('base64')}`;

describe('Basic auth check', () => {
  const expected = { username: 'cloud', password: 'pa:ss' };

  it('accepts exactly the registration credentials, with any scheme casing', () => {
    expect(basicAuthMatches(header('cloud:pa:ss'), expected)).toBe(true);
    expect(basicAuthMatches(header('cloud:pa:ss').replace('Basic', 'basic'), expected)).toBe(true);
  });

  it('refuses wrong, partial, missing or non-Basic credentials', () => {
    for (const h of [
      header('cloud:pa'),
      header('cloud:pa:ss '),
      header('Cloud:pa:ss'),
      'Bearer abc',
      '',
      undefined,
    ]) {
      expect(basicAuthMatches(h, expected)).toBe(false);
    }
  });

  it('parses user:pass from the command line, keeping colons in the password', () => {
    expect(parseBasicCredentials('cloud:pa:ss')).toEqual(expected);
    expect(parseBasicCredentials('nopassword')).toBeUndefined();
    expect(parseBasicCredentials(':x')).toBeUndefined();
  });
});
