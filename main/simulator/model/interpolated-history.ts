import type { InterpolatedValuesResult } from '../../../shared/api/index.ts';
import { valuesAtReport } from './device-values.ts';
import { lastReportMs } from './report-time.ts';
import { reportDate } from '../wire/report-date.ts';
import type { SimDevice } from '../world/types.ts';

/** The largest history answer the API gives in one call. */
export const HISTORY_CAP = 1000;

/** What GET /ValuesInPastMultipleInterpolated asks for. */
export interface InterpolationRequest {
  fromMs: number;
  toMs: number;
  nowMs: number;
  /** Grid step in minutes: 15 or 1440. */
  intervalMinutes: number;
  /** A real report this close to a grid point counts as not interpolated. */
  thresholdSeconds: number;
}

/**
 * A regular UTC grid of values. The simulated meters are continuous functions of time, so every grid
 * point gets exact values; a point is marked interpolated when no real report lies within the threshold.
 */
export function interpolatedHistory(
  seed: number,
  device: SimDevice,
  q: InterpolationRequest,
): InterpolatedValuesResult {
  const step = q.intervalMinutes * 60_000;
  const lastMs = lastReportMs(device, q.nowMs);
  const end = Math.min(q.toMs, lastMs ?? -Infinity);
  const points: NonNullable<InterpolatedValuesResult['Values']> = [];
  let interpolated = 0;
  const begin = Math.max(q.fromMs, device.installMs);
  for (let t = Math.ceil(begin / step) * step; t <= end && points.length < HISTORY_CAP; t += step) {
    const before = lastReportMs(device, t);
    if (before === undefined) continue;
    const next = before + device.reportIntervalMs;
    const closest = next <= end && next - t < t - before ? next : before;
    const isInterpolated = Math.abs(closest - t) > q.thresholdSeconds * 1000;
    if (isInterpolated) interpolated++;
    points.push({
      DeviceId: device.id,
      Date: reportDate(seed, device, t),
      Values: valuesAtReport(device, seed, t).map((v) => ({ Obis: v.obisHex, Value: v.value })),
      IsInterpolated: isInterpolated,
      ClosestNonInterpolatedValueDate: reportDate(seed, device, closest),
    });
  }
  const fraction = points.length === 0 ? 0 : interpolated / points.length;
  return {
    InterpolationQuality: fraction,
    FractionOfInterpolatedResults: fraction,
    IsComplete: lastMs !== undefined && lastMs >= q.toMs,
    LastAvailable: lastMs === undefined ? undefined : reportDate(seed, device, lastMs),
    Values: points,
  };
}
