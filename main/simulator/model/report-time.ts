import { msToTicks } from '../../../shared/api/index.ts';
import { unitHash } from '../random.ts';
import type { SimDevice } from '../world/types.ts';

/** How long FastSendDeviceValues keeps a device sending every second, as the vendor documents. */
export const FAST_SEND_DURATION_MS = 30_000;

/**
 * When the device last reported at or before `atMs`: on its upload grid while online, every second
 * during fast-send, and frozen at its last contact once offline. REST meters report when posted.
 * Undefined when the device had not reported yet (before installation, or a REST meter never posted).
 */
export function lastReportMs(device: SimDevice, atMs: number): number | undefined {
  if (device.kind === 'rest') {
    let last: number | undefined;
    for (const p of device.runtime.posted) if (p.atMs <= atMs) last = p.atMs;
    return last;
  }
  const upTo = device.lastContactMs === undefined ? atMs : Math.min(atMs, device.lastContactMs);
  const interval = device.reportIntervalMs;
  let t = Math.floor((upTo - device.reportOffsetMs) / interval) * interval + device.reportOffsetMs;
  const until = device.runtime.fastSendUntilMs;
  if (until !== undefined && device.lastContactMs === undefined && upTo >= until - FAST_SEND_DURATION_MS) {
    t = Math.max(t, Math.floor(Math.min(upTo, until) / 1000) * 1000);
  }
  return t < device.installMs ? undefined : t;
}

/**
 * The report time in exact ticks: real devices report with sub-millisecond timestamps, so the 100 ns
 * digits are drawn (deterministically) to make the 7-digit dates realistic.
 */
export function reportTicks(seed: number, device: SimDevice, reportMs: number): bigint {
  return msToTicks(reportMs) + BigInt(reportSubTicks(seed, device, reportMs));
}

/** The drawn 100 ns digits of a report (0 to 9,999 ticks within its millisecond). */
export function reportSubTicks(seed: number, device: SimDevice, reportMs: number): number {
  return Math.floor(unitHash(seed, device.id, reportMs) * 10_000);
}
