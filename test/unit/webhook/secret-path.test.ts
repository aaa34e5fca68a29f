import { describe, expect, it } from 'vitest';
import {
  isStrongSecret,
  newSecretSegment,
  redactSecret,
} from '../../../main/services/webhook/secret-path.ts';
import { formatReceiveTime } from '../../../main/services/captures/receive-time.ts';

describe('secret path segment', () => {
  it('encodes 16 random bytes as 22 base64url characters', () => {
    const secret = newSecretSegment((n) => Uint8Array.from({ length: n }, (_, i) => i * 17));
    expect(secret).toHaveLength(22);
    expect(isStrongSecret(secret)).toBe(true);
  });

  it('refuses a random source that returns too few bytes', () => {
    expect(() => newSecretSegment(() => new Uint8Array(4))).toThrow('too few bytes');
  });

  it('hides the secret wherever it occurs in a URL', () => {
    expect(redactSecret('https://x.trycloudflare.com/AbC_123/AbC_123', 'AbC_123')).toBe(
      'https://x.trycloudflare.com/[secret]/[secret]',
    );
  });
});

describe('receive time', () => {
  it('prints milliseconds and nanoseconds as nine fractional digits', () => {
    expect(formatReceiveTime({ ms: Date.UTC(2024, 0, 2, 3, 4, 5, 678), ns: 901_234 })).toBe(
      '2024-01-02T03:04:05.678901234Z',
    );
    expect(formatReceiveTime({ ms: 0, ns: 5 })).toBe('1970-01-01T00:00:00.000000005Z');
  });
});
