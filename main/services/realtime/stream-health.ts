import type { DeviceHealth, Gap } from './device-health.ts';
import { deviceTimeMs, framesPerSecond, isGap, percentile, usableDeviceMs } from './health-math.ts';

/** One received payload as stream health needs it (the webhook listener's Frame fits via `fromFrame`). */
export interface FrameSighting {
  receivedAtMs: number;
  /**
   * Decoded items; for a partly decoded payload, the ones before the error. The device's time is either
   * the ISO text or, from decoded columns, ms since 1970 (no text needed).
   */
  items: readonly { deviceId: string; dateTime?: string; timeMs?: number }[];
  /** True when the payload did not decode completely. */
  decodeError: boolean;
}

/** Tuning of the tracker; the clock is a port so tests control time. */
export interface StreamHealthOptions {
  clock: () => number;
  /** Sliding window of the rate (default 10 s). */
  windowMs?: number;
  /** Expected interval for devices without one set (default 10 s, the common UploadInterval). */
  defaultExpectedIntervalMs?: number;
  /** Latency samples kept per device (default 500). */
  latencySamples?: number;
  /** Recent gaps kept per device (default 20). */
  gapHistory?: number;
}

/** How long FastSendDeviceValues makes a device send every second, as the vendor documents. */
export const FAST_SEND_MS = 30_000;
/** The rate a device sends at during fast-send. */
export const FAST_SEND_INTERVAL_MS = 1000;

interface DeviceState {
  firstSeenMs: number;
  lastMs: number;
  frames: number;
  times: number[];
  latencies: number[];
  gaps: Gap[];
  gapCount: number;
  longestGapMs: number;
  decodeErrors: number;
}

/**
 * Per-device stream health fed with received frames: rate over a sliding window, last frame, gaps against
 * the expected interval, device-to-arrival latency (p50/max) and decode errors. Memory is bounded.
 */
export class StreamHealth {
  readonly #clock: () => number;
  readonly #windowMs: number;
  readonly #defaultExpectedMs: number;
  readonly #maxLatencies: number;
  readonly #maxGaps: number;
  readonly #devices = new Map<string, DeviceState>();
  readonly #expected = new Map<string, number>();
  readonly #fastSend = new Map<string, { fromMs: number; untilMs: number }>();
  #undecodable = 0;

  constructor(o: StreamHealthOptions) {
    this.#clock = o.clock;
    this.#windowMs = o.windowMs ?? 10_000;
    this.#defaultExpectedMs = o.defaultExpectedIntervalMs ?? 10_000;
    this.#maxLatencies = o.latencySamples ?? 500;
    this.#maxGaps = o.gapHistory ?? 20;
  }

  /** Payloads that decoded to no device at all (their errors cannot be attributed). */
  get undecodable(): number {
    return this.#undecodable;
  }

  /** Sets a device's expected interval, e.g. from its UploadInterval. */
  setExpectedInterval(deviceId: string, ms: number): void {
    this.#expected.set(deviceId.toLowerCase(), ms);
  }

  /** Notes a fast-send request: 1 s is expected until `atMs + durationMs`. */
  noteFastSend(deviceId: string, atMs: number, durationMs = FAST_SEND_MS): number {
    const untilMs = atMs + durationMs;
    this.#fastSend.set(deviceId.toLowerCase(), { fromMs: atMs, untilMs });
    return untilMs;
  }

  /** The interval expected for a device at a moment (fast-send wins while it lasts). */
  expectedIntervalMs(deviceId: string, atMs: number): number {
    const id = deviceId.toLowerCase();
    const fast = this.#fastSend.get(id);
    if (fast && atMs >= fast.fromMs && atMs < fast.untilMs) return FAST_SEND_INTERVAL_MS;
    return this.#expected.get(id) ?? this.#defaultExpectedMs;
  }

  /** The end of a running fast-send window for a device, if one is running now. */
  fastSendUntil(deviceId: string): number | undefined {
    const fast = this.#fastSend.get(deviceId.toLowerCase());
    return fast && this.#clock() < fast.untilMs ? fast.untilMs : undefined;
  }

  /**
   * The interval a pause from `fromMs` to `toMs` is judged against: the longer of the two in effect, so the
   * switch into or out of fast-send is not mistaken for a gap.
   */
  #pauseAllowanceMs(id: string, fromMs: number, toMs: number): number {
    return Math.max(this.expectedIntervalMs(id, fromMs), this.expectedIntervalMs(id, toMs));
  }

  /** Feeds one received payload. */
  record(sighting: FrameSighting): void {
    const at = sighting.receivedAtMs;
    if (sighting.items.length === 0 && sighting.decodeError) this.#undecodable++;
    const seen = new Set<string>();
    for (const item of sighting.items) {
      const id = item.deviceId.toLowerCase();
      const d = this.#devices.get(id) ?? this.#newDevice(id, at);
      const deviceMs = item.timeMs !== undefined ? usableDeviceMs(item.timeMs) : deviceTimeMs(item.dateTime);
      if (deviceMs !== undefined) push(d.latencies, at - deviceMs, this.#maxLatencies);
      if (seen.has(id)) continue; // several items of one device in one payload are one arrival
      seen.add(id);
      if (d.frames > 0) this.#checkGap(id, d, at);
      d.frames++;
      d.lastMs = Math.max(d.lastMs, at);
      d.times.push(at);
      while ((d.times[0] ?? at) <= at - this.#windowMs) d.times.shift();
      if (sighting.decodeError) d.decodeErrors++;
    }
  }

  /** The health of one device now, or undefined if it never sent. */
  device(deviceId: string): DeviceHealth | undefined {
    const id = deviceId.toLowerCase();
    const d = this.#devices.get(id);
    if (!d) return undefined;
    const now = this.#clock();
    const expected = this.expectedIntervalMs(id, now);
    const fast = this.fastSendUntil(id);
    const p50 = percentile(d.latencies, 50);
    const health: DeviceHealth = {
      deviceId: id,
      frames: d.frames,
      framesPerSecond: framesPerSecond(d.times, now, this.#windowMs, d.firstSeenMs),
      lastFrameAtMs: d.lastMs,
      sinceLastFrameMs: now - d.lastMs,
      expectedIntervalMs: expected,
      silent: isGap(now - d.lastMs, this.#pauseAllowanceMs(id, d.lastMs, now)),
      gaps: { count: d.gapCount, longestMs: d.longestGapMs, recent: [...d.gaps] },
      decodeErrors: d.decodeErrors,
    };
    if (fast !== undefined) health.fastSendUntilMs = fast;
    if (p50 !== undefined)
      health.latency = { p50Ms: p50, maxMs: Math.max(...d.latencies), samples: d.latencies.length };
    return health;
  }

  /** Every device seen, silent ones first (what needs attention), then by id. */
  snapshot(): DeviceHealth[] {
    const all = [...this.#devices.keys()].map((id) => this.device(id)).filter((h): h is DeviceHealth => !!h);
    return all.sort((a, b) => Number(b.silent) - Number(a.silent) || a.deviceId.localeCompare(b.deviceId));
  }

  #newDevice(id: string, at: number): DeviceState {
    const d: DeviceState = {
      firstSeenMs: at,
      lastMs: at,
      frames: 0,
      times: [],
      latencies: [],
      gaps: [],
      gapCount: 0,
      longestGapMs: 0,
      decodeErrors: 0,
    };
    this.#devices.set(id, d);
    return d;
  }

  #checkGap(id: string, d: DeviceState, at: number): void {
    const pause = at - d.lastMs;
    const expected = this.#pauseAllowanceMs(id, d.lastMs, at);
    if (!isGap(pause, expected)) return;
    d.gapCount++;
    d.longestGapMs = Math.max(d.longestGapMs, pause);
    push(
      d.gaps,
      { fromMs: d.lastMs, toMs: at, durationMs: pause, expectedIntervalMs: expected },
      this.#maxGaps,
    );
  }
}

function push<T>(list: T[], value: T, max: number): void {
  list.push(value);
  if (list.length > max) list.shift();
}
