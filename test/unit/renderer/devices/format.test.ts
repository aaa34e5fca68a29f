import { describe, expect, it } from 'vitest';
import { formatAge, formatDateTime, formatNumber, formatSeconds } from '../../../../renderer/lib/format.ts';

describe('formatting for tables', () => {
  it('writes numbers the way each language does, and says what is missing', () => {
    expect(formatNumber(1879.5832, 'en')).toBe('1,879.583');
    // Swiss German, as smart-me's home market writes it: 1’879.5832.
    expect(formatNumber(1879.5832, 'de', 4)).toMatch(/^1.879\.5832$/);
    expect(formatNumber(null, 'en')).toBe('–');
    expect(formatNumber(Number.NaN, 'en')).toBe('NaN');
  });

  it('keeps unreadable dates visible as sent', () => {
    expect(formatDateTime(null, 'en')).toBe('–');
    expect(formatDateTime('yesterday', 'en')).toBe('yesterday');
    expect(formatDateTime('2026-07-25T13:06:32Z', 'de')).toMatch(/^25\.07\.(20)?26/);
    // To the minute for narrow columns (the full time goes in the tooltip); the seconds are not rounded up.
    const full = formatDateTime('2026-07-25T13:06:59Z', 'en');
    const short = formatDateTime('2026-07-25T13:06:59Z', 'en', { minutes: true });
    expect(full.endsWith(':59')).toBe(true);
    expect(short).toBe(full.slice(0, -3));
  });

  it('gives ages and intervals in the largest sensible unit', () => {
    expect([formatAge(45_000, 'en'), formatAge(12 * 60_000, 'en'), formatAge(3 * 3_600_000, 'en')]).toEqual([
      '45 s',
      '12 min',
      '3 h',
    ]);
    expect(formatAge(5 * 86_400_000, 'de')).toBe('5 T');
    expect([formatSeconds(2), formatSeconds(100), formatSeconds(900), formatSeconds(86_400)]).toEqual([
      '2 s',
      '1 min 40 s',
      '15 min',
      '24 h',
    ]);
  });
});
