import { describe, expect, it } from 'vitest';
import { historySeries } from '../../../main/services/contract-views/history-series.ts';

const snap = (date: string | undefined, values: [string, number | null][]) => ({
  Date: date,
  Values: values.map(([Obis, Value]) => ({ Obis, Value })),
});

describe('one OBIS value out of history snapshots', () => {
  it('picks the code (any letter case), sorts oldest first and skips what cannot be placed', () => {
    const r = historySeries(
      [
        snap('2026-07-25T12:00:00Z', [['0100010800ff', 3]]),
        snap('2026-07-25T10:00:00.0000000Z', [['0100010800FF', 1]]),
        snap(undefined, [['0100010800FF', 9]]),
        snap('2026-07-25T11:00:00Z', [['0100010700FF', 7]]),
        snap('2026-07-25T11:30:00Z', [['0100010800FF', null]]),
      ],
      '0100010800FF',
    );
    expect(r).toEqual({
      points: [
        { date: '2026-07-25T10:00:00.000Z', value: 1 },
        { date: '2026-07-25T12:00:00.000Z', value: 3 },
      ],
      truncated: false,
    });
  });

  it('says when the 1000-snapshot limit cut the range short', () => {
    const many = Array.from({ length: 1000 }, (_, i) =>
      snap(new Date(i * 60_000).toISOString(), [['0100010800FF', i]]),
    );
    expect(historySeries(many, '0100010800FF').truncated).toBe(true);
  });
});
