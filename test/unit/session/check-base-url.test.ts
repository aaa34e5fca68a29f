import { describe, expect, it } from 'vitest';
import { checkBaseUrl } from '../../../main/services/session/check-base-url.ts';

const codeOf = (text: string) => {
  try {
    checkBaseUrl(text);
    return 'ok';
  } catch (e) {
    return (e as { code: string }).code;
  }
};

describe('the base URL a login may use', () => {
  it('takes https anywhere and plain http only to this computer, without a trailing slash', () => {
    expect(checkBaseUrl('https://api.smart-me.com/')).toBe('https://api.smart-me.com');
    expect(checkBaseUrl('https://example.com/api/')).toBe('https://example.com/api');
    expect(checkBaseUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(checkBaseUrl('http://localhost:1')).toBe('http://localhost:1');
  });

  it('refuses what would expose a password or is not a URL', () => {
    expect(codeOf('http://api.smart-me.com')).toBe('insecure-url');
    expect(codeOf('ftp://127.0.0.1')).toBe('insecure-url');
    expect(codeOf('smart-me')).toBe('bad-base-url');
    expect(codeOf('https://user:pw@api.smart-me.com')).toBe('bad-base-url');
    expect(codeOf('https://api.smart-me.com/?key=1')).toBe('bad-base-url');
  });
});
