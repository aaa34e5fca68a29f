import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatApiDate, parseApiDate, parseApiDateTicks } from '../../../../shared/api/index.ts';

describe('formatApiDate', () => {
  it('writes UTC with Z and exactly 7 fractional digits, like the vendor capture', () => {
    expect(formatApiDate(17849847920500519n)).toBe('2026-07-25T13:06:32.0500519Z');
    expect(formatApiDate(new Date(Date.UTC(2026, 6, 25, 13, 6, 32, 50)))).toBe(
      '2026-07-25T13:06:32.0500000Z',
    );
    expect(formatApiDate(0n)).toBe('1970-01-01T00:00:00.0000000Z');
    expect(formatApiDate(-1n)).toBe('1969-12-31T23:59:59.9999999Z');
  });
});

describe('parseApiDateTicks', () => {
  it('reads back every formatted date exactly (100 ns)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 17n), max: 10n ** 18n }), (ticks) => {
        expect(parseApiDateTicks(formatApiDate(ticks))).toBe(ticks);
      }),
    );
  });

  it('accepts the forms clients send: ms digits, no zone (UTC), offsets, dates only', () => {
    const ms = (text: string) => parseApiDate(text)?.getTime();
    expect(ms('2026-07-25T13:06:32.050Z')).toBe(Date.UTC(2026, 6, 25, 13, 6, 32, 50));
    expect(ms('2026-07-25T13:06:32')).toBe(Date.UTC(2026, 6, 25, 13, 6, 32));
    expect(ms('2026-07-25T15:06:32+02:00')).toBe(Date.UTC(2026, 6, 25, 13, 6, 32));
    expect(ms('2026-07-25')).toBe(Date.UTC(2026, 6, 25));
    expect(parseApiDateTicks('2026-07-25T13:06:32.05005191234Z')).toBe(17849847920500519n);
  });

  it('refuses what is not a date', () => {
    for (const text of ['', 'yesterday', '2026-02-30', '2026-07-25T25:00:00Z', '2026-07-25T13:06:32Zulu']) {
      expect(parseApiDateTicks(text), text).toBeUndefined();
    }
  });
});
