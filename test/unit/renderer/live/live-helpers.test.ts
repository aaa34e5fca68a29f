import { describe, expect, it } from 'vitest';
import type { LiveFrame } from '../../../../shared/contract/events/live-frames.ts';
import { LatestValues } from '../../../../renderer/features/live/latest-values.ts';
import {
  byteSize,
  devicesCell,
  duration,
  rate,
  timeOfDay,
  valueText,
} from '../../../../renderer/features/live/live-format.ts';
import { tunnelSteps } from '../../../../renderer/features/live/tunnel-steps.ts';

const state = (status: 'starting' | 'url-assigned' | 'verified' | 'receiving' | 'failed' | 'stopped') => ({
  status,
  url: null,
  hookUrl: null,
  failure: null,
});

describe('the tunnel steps', () => {
  it('shows only what was reached, the latest as current', () => {
    expect(tunnelSteps([state('starting'), state('url-assigned')]).map((s) => s.state)).toEqual([
      'done',
      'current',
      'pending',
      'pending',
    ]);
  });

  it('marks the step a failure stopped at', () => {
    const steps = tunnelSteps([state('starting'), state('url-assigned'), state('failed')]);
    expect(steps.map((s) => `${s.id}:${s.state}`)).toEqual([
      'starting:done',
      'url-assigned:done',
      'verified:failed',
      'receiving:pending',
    ]);
  });
});

const frame = (deviceId: string, receivedAt: string, values: [string, number][]): LiveFrame => ({
  seq: 0,
  receivedAt,
  remote: '',
  byteLength: 0,
  status: 'ok',
  items: [
    {
      deviceId,
      dateTime: receivedAt,
      dateTimeTicks: '',
      dateTimeScale: 'TICKS',
      dateTimeKind: 'UNSPECIFIED',
      values: values.map(([obis, value]) => ({ obis, obisHex: '', value })),
    },
  ],
});

describe('the latest values per device', () => {
  it('merges partial pushes, keeps a stable order, and filters and limits the cards', () => {
    const latest = new LatestValues();
    latest.update([
      frame('a', '2024-01-01T00:00:01Z', [
        ['1.8.0', 1],
        ['1.7.0', 5],
      ]),
    ]);
    latest.update([
      frame('b', '2024-01-01T00:00:02Z', [['1.8.0', 9]]),
      frame('a', '2024-01-01T00:00:03Z', [['1.7.0', 7]]),
    ]);
    const { rows, matched } = latest.rows();
    expect(rows.map((r) => r.deviceId)).toEqual(['a', 'b']);
    expect(matched).toBe(2);
    expect(latest.rows('B').rows.map((r) => r.deviceId)).toEqual(['b']);
    expect(latest.rows('', 1)).toMatchObject({ matched: 2, rows: [{ deviceId: 'a' }] });
    expect(rows[0]?.values).toEqual([
      { obis: '1.7.0', value: 7 },
      { obis: '1.8.0', value: 1 },
    ]);
  });
});

describe('live formatting', () => {
  it('formats durations, rates, sizes and values for people', () => {
    expect([duration(850), duration(12_500), duration(192_000), duration(7_200_000)]).toEqual([
      '850 ms',
      '12.5 s',
      '3.2 min',
      '2.0 h',
    ]);
    expect([rate(0.1), rate(12.4)]).toEqual(['0.10/s', '12/s']);
    expect([byteSize(92), byteSize(1536), byteSize(3 * 1024 * 1024)]).toEqual(['92 B', '1.5 KiB', '3.0 MiB']);
    expect([valueText(-0), valueText(NaN)]).toEqual(['-0', 'NaN']);
    expect(devicesCell([{ deviceId: 'a' }, { deviceId: 'b' }, { deviceId: 'a' }])).toBe('a +1');
    expect(timeOfDay('2024-01-01T12:34:56.789Z', 'en')).toMatch(/^\d\d:34:56\.789$/);
  });
});
