import { describe, expect, it } from 'vitest';
import { parseRetryAfter } from '../../../main/services/api/retry-after.ts';

const NOW = Date.parse('2026-07-25T12:00:00Z');

describe('parseRetryAfter', () => {
  it('reads delay-seconds', () => {
    expect(parseRetryAfter('3', NOW)).toBe(3000);
    expect(parseRetryAfter(' 0 ', NOW)).toBe(0);
  });

  it('reads an HTTP date as the time left until then', () => {
    expect(parseRetryAfter('Sat, 25 Jul 2026 12:00:10 GMT', NOW)).toBe(10_000);
  });

  it('never returns a negative wait for a date in the past', () => {
    expect(parseRetryAfter('Sat, 25 Jul 2026 11:00:00 GMT', NOW)).toBe(0);
  });

  it('ignores missing and unreadable values so backoff takes over', () => {
    expect(parseRetryAfter(undefined, NOW)).toBeUndefined();
    expect(parseRetryAfter('', NOW)).toBeUndefined();
    expect(parseRetryAfter('soon', NOW)).toBeUndefined();
    expect(parseRetryAfter('1.5', NOW)).toBeUndefined();
    expect(parseRetryAfter('-3', NOW)).toBeUndefined();
  });

  it('uses the first of repeated headers', () => {
    expect(parseRetryAfter(['2', '9'], NOW)).toBe(2000);
  });
});
