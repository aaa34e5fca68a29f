import { describe, expect, it } from 'vitest';
import type { InspectorValue } from '../../../../shared/contract/calls/device.ts';
import { chartGeometry } from '../../../../renderer/features/inspector/chart-geometry.ts';
import { historyRange } from '../../../../renderer/features/inspector/history-range.ts';
import { counterHints, isCounter, valueHints } from '../../../../renderer/features/inspector/plausibility.ts';
import { signalView } from '../../../../renderer/features/inspector/signal.ts';

const value = (obis: string, v: number | null, name = 'x'): InspectorValue => ({
  obis,
  obisHex: '',
  name,
  value: v,
  unit: null,
  realtime: null,
});

describe('the signal meter', () => {
  it('draws four bars for excellent down to one for poor, none when not reported', () => {
    expect(['excellent', 'good', 'weak', 'poor', null].map((b) => signalView(b as never))).toEqual([
      { bars: 4, tone: 'ok', key: 'band.excellent' },
      { bars: 3, tone: 'ok', key: 'band.good' },
      { bars: 2, tone: 'warn', key: 'band.weak' },
      { bars: 1, tone: 'error', key: 'band.poor' },
      { bars: 0, tone: 'none', key: 'noSignal' },
    ]);
  });
});

describe('plausibility of current values', () => {
  it('checks phase voltages against 230 V ± 10 % and names a dead phase', () => {
    const hints = valueHints([
      value('1-0:32.7.0*255', 231),
      value('1-0:52.7.0*255', 199.5),
      value('1-0:72.7.0*255', 0),
      value('1-0:32.7.0*255', 260),
      value('1-0:31.7.0*255', 300),
    ]);
    expect(hints).toEqual([
      { kind: 'voltageLow', phase: 'L2', value: 199.5 },
      { kind: 'voltageMissing', phase: 'L3', value: 0 },
      { kind: 'voltageHigh', phase: 'L1', value: 260 },
    ]);
  });

  it('flags negative counters and power factors outside −1…1; ignores what it cannot read', () => {
    expect(
      valueHints([
        value('1-0:1.8.0*255', -1, 'Import'),
        value('1-0:13.7.0*255', 1.2, 'PF'),
        value('1-0:33.7.0*255', -0.9),
        value('1-0:1.8.0*255', null),
        value('not-obis', -5),
        value('8-0:1.0.0*255', -5),
      ]).map((h) => h.kind),
    ).toEqual(['negativeCounter', 'powerFactor']);
  });

  it('names tariff registers that do not add up to their total, per register family', () => {
    const hints = valueHints([
      value('1-0:1.8.0*255', 1000, 'Import'),
      value('1-0:1.8.1*255', 600),
      value('1-0:1.8.2*255', 300),
      value('1-0:2.8.0*255', 50, 'Export'),
      value('1-0:2.8.1*255', 20),
      value('1-0:2.8.2*255', 30.01),
      value('1-1:1.8.0*255', 10, 'Channel 1'),
      value('1-1:1.8.1*255', 4),
    ]);
    // Import is 100 short; export is off by rounding only; channel 1 has a single tariff (others may exist).
    expect(hints).toEqual([
      { kind: 'tariffSum', code: '1-0:1.8.0*255', name: 'Import', total: 1000, sum: 900, count: 2 },
    ]);
  });

  it('knows which codes are counters', () => {
    expect([
      isCounter('1-0:1.8.0*255'),
      isCounter('1-0:2.8.1*255'),
      isCounter('1-0:1.7.0*255'),
      isCounter('x'),
    ]).toEqual([true, true, false, false]);
  });

  it('names every place a counter history falls, not float wobble', () => {
    const p = (date: string, v: number) => ({ date, value: v });
    expect(
      counterHints([p('t1', 100), p('t2', 100.5), p('t3', 100.5 - 1e-14), p('t4', 3), p('t5', 4)]),
    ).toEqual([{ kind: 'counterFell', date: 't4', from: 100.5 - 1e-14, to: 3 }]);
  });
});

describe('the history chart', () => {
  it('scales time left to right and values bottom to top inside the padding', () => {
    const g = chartGeometry(
      [
        { date: '2026-07-25T00:00:00Z', value: 10 },
        { date: '2026-07-25T01:00:00Z', value: 20 },
        { date: '2026-07-25T02:00:00Z', value: 15 },
      ],
      120,
      60,
      10,
    );
    expect(g).toMatchObject({ min: 10, max: 20, path: 'M10.0 50.0 L60.0 10.0 L110.0 30.0' });
  });

  it('draws a flat or single-point series in the middle, and nothing for no points', () => {
    expect(chartGeometry([{ date: '2026-07-25T00:00:00Z', value: 5 }], 100, 50, 0).path).toBe('M50.0 25.0');
    expect(chartGeometry([], 100, 50).path).toBe('');
    expect(chartGeometry([{ date: 'x', value: 5 }], 100, 50).path).toBe('');
  });

  it('asks for ranges that stay under the 1000-value limit', () => {
    const now = Date.parse('2026-07-25T12:00:00Z');
    expect(historyRange('24h', now)).toEqual({
      start: '2026-07-24T12:00:00.000Z',
      end: '2026-07-25T12:00:00.000Z',
      intervalMinutes: 15,
    });
    for (const preset of ['6h', '24h', '7d', '30d'] as const) {
      const r = historyRange(preset, now);
      expect((Date.parse(r.end) - Date.parse(r.start)) / 60_000 / r.intervalMinutes).toBeLessThan(1000);
    }
  });
});
