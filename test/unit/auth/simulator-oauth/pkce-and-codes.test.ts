import { describe, expect, it } from 'vitest';
import { isS256Challenge, pkceS256Matches } from '../../../../main/simulator/oauth/pkce.ts';
import { makeUserCode, normalizeUserCode } from '../../../../main/simulator/oauth/user-code.ts';

describe('PKCE S256 check', () => {
  it('accepts the RFC 7636 Appendix B example and nothing else', () => {
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';
    expect(isS256Challenge(challenge)).toBe(true);
    expect(pkceS256Matches(verifier, challenge)).toBe(true);
    expect(pkceS256Matches(`${verifier.slice(0, -1)}Y`, challenge)).toBe(false);
    expect(pkceS256Matches(challenge, challenge)).toBe(false);
  });

  it('refuses verifiers of the wrong shape before hashing', () => {
    expect(pkceS256Matches('short', 'x'.repeat(43))).toBe(false);
    expect(pkceS256Matches('a'.repeat(129), 'x'.repeat(43))).toBe(false);
    expect(pkceS256Matches(`${'a'.repeat(42)}!`, 'x'.repeat(43))).toBe(false);
  });
});

describe('user codes', () => {
  it('look like smart-me codes: 12 digits in groups of four', () => {
    let n = 0;
    const random = (size: number) => Uint8Array.from({ length: size }, () => n++ % 256);
    expect(makeUserCode(random)).toMatch(/^\d{4}-\d{4}-\d{4}$/);
  });

  it('skip biased bytes (250..255) so every digit is equally likely', () => {
    const random = (size: number) => Uint8Array.from({ length: size }, (_, i) => (i % 2 === 0 ? 255 : 3));
    expect(makeUserCode(random)).toBe('3333-3333-3333');
  });

  it('accept what people type: spaces or no separators, but only 12 digits', () => {
    expect(normalizeUserCode('0648 9465 6349')).toBe('0648-9465-6349');
    expect(normalizeUserCode(' 064894656349 ')).toBe('0648-9465-6349');
    expect(normalizeUserCode('0648-9465-634')).toBeUndefined();
    expect(normalizeUserCode('abcd-9465-6349')).toBeUndefined();
  });
});
