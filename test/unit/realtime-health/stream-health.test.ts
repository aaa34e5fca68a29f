import { describe, expect, it } from 'vitest';
import {
  expectedIntervalFromUpload,
  sightingFromFrame,
  StreamHealth,
} from '../../../main/services/realtime/index.ts';
import {
  decodeDeviceDataColumns,
  encodeDeviceDataArray,
  itemsFromColumns,
} from '../../../shared/realtime/index.ts';

const A = '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1';
const B = '0a0a0a0a-0000-4000-8000-000000000001';
const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);

/** A tracker on a clock the test sets, plus a helper to feed "device A sent at t (device time d)". */
function setUp(options: { windowMs?: number; defaultExpectedIntervalMs?: number } = {}) {
  let now = T0;
  const health = new StreamHealth({ clock: () => now, ...options });
  return {
    health,
    at: (ms: number) => void (now = T0 + ms),
    frame: (ms: number, deviceId = A, deviceLagMs = 500, decodeError = false) => {
      now = T0 + ms;
      health.record({
        receivedAtMs: T0 + ms,
        items: [{ deviceId, dateTime: new Date(T0 + ms - deviceLagMs).toISOString() }],
        decodeError,
      });
    },
  };
}

describe('StreamHealth', () => {
  it('reports rate, last frame and latency for a device sending every 10 s', () => {
    const s = setUp({ windowMs: 60_000 });
    for (let i = 0; i <= 6; i++) s.frame(i * 10_000, A, 400 + i * 100);
    const h = s.health.device(A);
    expect(h).toMatchObject({ frames: 7, lastFrameAtMs: T0 + 60_000, sinceLastFrameMs: 0, silent: false });
    expect(h?.framesPerSecond).toBeCloseTo(0.1); // 6 frames in the last 60 s window (0 s is outside)
    expect(h?.latency).toEqual({ p50Ms: 700, maxMs: 1000, samples: 7 });
    expect(h?.gaps.count).toBe(0);
  });

  it('flags a gap when the pause exceeds twice the expected interval, and a silent stream', () => {
    const s = setUp();
    s.health.setExpectedInterval(A, 5000);
    s.frame(0);
    s.frame(5000);
    s.frame(15_000); // 10 s pause: exactly 2×, not a gap
    s.frame(30_001); // 15 s pause: a gap
    s.at(40_002);
    const h = s.health.device(A);
    expect(h?.gaps).toEqual({
      count: 1,
      longestMs: 15_001,
      recent: [{ fromMs: T0 + 15_000, toMs: T0 + 30_001, durationMs: 15_001, expectedIntervalMs: 5000 }],
    });
    expect(h?.silent).toBe(true);
    expect(h?.framesPerSecond).toBe(0);
  });

  it('expects 1 s during fast-send and does not call the switch back a gap', () => {
    const s = setUp({ defaultExpectedIntervalMs: 10_000 });
    s.frame(0);
    s.health.noteFastSend(A, T0 + 1000);
    for (let t = 4000; t <= 30_000; t += 1000) s.frame(t); // device picks it up after 3 s
    expect(s.health.device(A)).toMatchObject({ expectedIntervalMs: 1000, fastSendUntilMs: T0 + 31_000 });
    s.frame(40_000); // back to 10 s after the window
    s.frame(50_000);
    const h = s.health.device(A);
    expect(h?.gaps.count).toBe(0);
    expect(h?.expectedIntervalMs).toBe(10_000);
    expect(h?.fastSendUntilMs).toBeUndefined();
  });

  it('sees a stalled fast-send as a gap', () => {
    const s = setUp();
    s.health.noteFastSend(A, T0);
    s.frame(1000);
    s.frame(2000);
    s.frame(5000); // 3 s pause while 1 s is expected
    expect(s.health.device(A)?.gaps.count).toBe(1);
  });

  it('counts decode errors per device, and payloads with no device apart', () => {
    const s = setUp();
    s.frame(0, A, 0, true);
    s.health.record({ receivedAtMs: T0 + 1, items: [], decodeError: true });
    expect(s.health.device(A)?.decodeErrors).toBe(1);
    expect(s.health.undecodable).toBe(1);
  });

  it('keeps devices apart, matches ids case-insensitively and lists silent devices first', () => {
    const s = setUp({ defaultExpectedIntervalMs: 1000 });
    s.frame(0, B);
    s.frame(0, A.toUpperCase());
    s.frame(5000, A);
    expect(s.health.snapshot().map((h) => [h.deviceId, h.silent, h.frames])).toEqual([
      [B, true, 1],
      [A, false, 2],
    ]);
  });

  it('counts several items of one device in one payload as one arrival, with every latency', () => {
    const s = setUp();
    s.health.record({
      receivedAtMs: T0,
      items: [
        { deviceId: A, dateTime: new Date(T0 - 100).toISOString() },
        { deviceId: A, dateTime: new Date(T0 - 300).toISOString() },
      ],
      decodeError: false,
    });
    expect(s.health.device(A)).toMatchObject({ frames: 1, latency: { samples: 2, maxMs: 300 } });
  });

  it('keeps memory bounded however long it runs', () => {
    const s = setUp({ windowMs: 10_000 });
    const health = new StreamHealth({ clock: () => T0 + 1_000_000, latencySamples: 50, gapHistory: 3 });
    for (let i = 0; i < 1000; i++) {
      health.record({
        receivedAtMs: T0 + i * 1000,
        items: [{ deviceId: A, dateTime: new Date(T0).toISOString() }],
        decodeError: false,
      });
    }
    for (let i = 0; i < 10; i++) {
      health.record({
        receivedAtMs: T0 + 2_000_000 + i * 100_000,
        items: [{ deviceId: A }],
        decodeError: false,
      });
    }
    const h = health.device(A);
    expect(h?.latency?.samples).toBe(50);
    expect(h?.gaps.recent).toHaveLength(3);
    expect(h?.gaps.count).toBe(10);
    expect(s.health.snapshot()).toEqual([]);
  });

  it('takes the expected interval from UploadInterval and reads listener frames', () => {
    expect(expectedIntervalFromUpload(3)).toBe(10_000);
    expect(expectedIntervalFromUpload(1)).toBe(1000);
    expect(expectedIntervalFromUpload(99)).toBeUndefined();
    expect(expectedIntervalFromUpload(undefined)).toBeUndefined();
    expect(
      sightingFromFrame({
        ms: 5,
        status: 'error',
        items: [
          {
            deviceId: A,
            dateTime: 'x',
            dateTimeTicks: '0',
            dateTimeScale: 'TICKS',
            dateTimeKind: 'UTC',
            values: [],
          },
        ],
      }),
    ).toEqual({ receivedAtMs: 5, items: [{ deviceId: A, dateTime: 'x' }], decodeError: true });
  });

  it('gives the same latency from a frame decoded to columns as from its items', () => {
    const bytes = encodeDeviceDataArray([
      {
        deviceId: A,
        dateTime: new Date(T0 - 1_250).toISOString(),
        values: [{ obis: '1-0:1.8.0*255', value: 1 }],
      },
      { deviceId: B, dateTime: '9999-12-31T23:59:59.9999999Z', values: [] },
    ]);
    const columns = decodeDeviceDataColumns(bytes)!;
    const items = itemsFromColumns(columns);
    const latencies = [{ columns, items }, { items }].map((frame) => {
      const health = new StreamHealth({ clock: () => T0 });
      health.record(sightingFromFrame({ ms: T0, status: 'ok', ...frame }));
      return [health.device(A)?.latency, health.device(B)?.latency];
    });
    expect(latencies[0]).toEqual([{ p50Ms: 1_250, maxMs: 1_250, samples: 1 }, undefined]);
    expect(latencies[1]).toEqual(latencies[0]);
  });
});
