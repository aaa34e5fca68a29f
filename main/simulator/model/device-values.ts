import type { ObisValue } from '../wire/obis-values.ts';
import { obisValues } from '../wire/obis-values.ts';
import { postedObisValues } from '../wire/posted-obis-values.ts';
import type { SimDevice } from '../world/types.ts';
import { readingsAt } from './readings.ts';
import { lastReportMs } from './report-time.ts';

/** A device's values as of one report. */
export interface Snapshot {
  reportMs: number;
  values: ObisValue[];
}

/** The OBIS values of a device as reported at `reportMs` (REST units). */
export function valuesAtReport(device: SimDevice, seed: number, reportMs: number): ObisValue[] {
  if (device.kind === 'gateway') return [];
  if (device.kind === 'rest') {
    const posted = device.runtime.posted.filter((p) => p.atMs <= reportMs).at(-1);
    return posted ? postedObisValues(device, posted.values) : [];
  }
  return obisValues(device, readingsAt(device, seed, reportMs));
}

/**
 * "The first value found before the given date": the device's last report at or before `atMs`, with its
 * values; undefined when it had not reported by then.
 */
export function snapshotBefore(device: SimDevice, seed: number, atMs: number): Snapshot | undefined {
  const reportMs = lastReportMs(device, atMs);
  return reportMs === undefined ? undefined : { reportMs, values: valuesAtReport(device, seed, reportMs) };
}

/**
 * The report times in [fromMs, toMs] one `stepMs` apart (each snapped to the last real report before it),
 * without duplicates, at most `limit` of them. Step 0 means every report ("as fast as possible").
 */
export function reportTimes(
  device: SimDevice,
  fromMs: number,
  toMs: number,
  stepMs: number,
  limit: number,
): number[] {
  const times: number[] = [];
  if (device.kind === 'rest') {
    for (const p of device.runtime.posted)
      if (p.atMs >= fromMs && p.atMs <= toMs && times.length < limit) times.push(p.atMs);
    return times;
  }
  const step = stepMs > 0 ? stepMs : device.reportIntervalMs;
  const skip = Math.max(0, Math.ceil((device.installMs - fromMs) / step));
  const first = stepMs > 0 ? fromMs + skip * step : Math.max(fromMs, device.installMs) + step - 1;
  for (let t = first; t <= toMs && times.length < limit; t += step) {
    const report = lastReportMs(device, t);
    if (report === undefined || report < fromMs || report === times.at(-1)) {
      if (device.lastContactMs !== undefined && t > device.lastContactMs) break;
      continue;
    }
    times.push(report);
  }
  return times;
}
