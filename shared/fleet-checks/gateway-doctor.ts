import { MBusReadoutIntervalSeconds } from '../api/mbus-enums.ts';
import type { GatewayView } from '../contract/calls/fleet.ts';

/** Seconds smart-me's gateways need to read one meter. */
export const SECONDS_PER_METER = 3;
/** Seconds per meter smart-me recommends as the readout interval. */
export const RECOMMENDED_SECONDS_PER_METER = 10;

/** The readout intervals a gateway accepts (MBusReadoutIntervall), with their length, shortest first. */
export const READOUT_INTERVALS: readonly { value: number; seconds: number }[] = Object.entries(
  MBusReadoutIntervalSeconds,
)
  .map(([value, seconds]) => ({ value: Number(value), seconds }))
  .sort((a, b) => a.seconds - b.seconds);

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** One finding about a gateway, with the numbers its sentence needs. */
export type DoctorHint =
  | { kind: 'tooShort'; severity: 'error'; count: number; intervalSeconds: number; neededSeconds: number }
  | {
      kind: 'belowRecommended';
      severity: 'warn';
      count: number;
      recommendedSeconds: number;
      suggestion: number;
    }
  | { kind: 'noMeters'; severity: 'info' }
  | { kind: 'withoutDevice'; severity: 'warn'; count: number }
  | { kind: 'failing'; severity: 'warn'; count: number }
  | { kind: 'searchErrors'; severity: 'error' }
  | { kind: 'quiet'; severity: 'warn'; ageMs: number };

/**
 * What is wrong with a gateway's setup, from smart-me's rules: a gateway reads its meters one after another
 * (about 3 s each), so an interval shorter than 3 s × meters cannot be kept, and 10 s × meters is the
 * recommendation. Also meters without a device, failed readouts, a broken search and a gateway that went
 * quiet (not seen for three intervals, and at least an hour). Pure: `nowMs` is passed in.
 */
export function gatewayDoctor(g: GatewayView, nowMs: number): DoctorHint[] {
  const hints: DoctorHint[] = [];
  const count = g.meters.length;
  const interval = g.readoutIntervalSeconds;
  if (count === 0) hints.push({ kind: 'noMeters', severity: 'info' });
  if (count > 0 && interval !== null) {
    const needed = count * SECONDS_PER_METER;
    const recommended = count * RECOMMENDED_SECONDS_PER_METER;
    if (interval < needed) {
      hints.push({
        kind: 'tooShort',
        severity: 'error',
        count,
        intervalSeconds: interval,
        neededSeconds: needed,
      });
    }
    if (interval < recommended) {
      const suggestion = READOUT_INTERVALS.find((i) => i.seconds >= recommended) ?? READOUT_INTERVALS.at(-1)!;
      hints.push({
        kind: 'belowRecommended',
        severity: 'warn',
        count,
        recommendedSeconds: recommended,
        suggestion: suggestion.value,
      });
    }
  }
  const withoutDevice = g.meters.filter((m) => m.id.toLowerCase() === EMPTY_GUID).length;
  if (withoutDevice > 0) hints.push({ kind: 'withoutDevice', severity: 'warn', count: withoutDevice });
  const failing = g.meters.filter(
    (m) => m.stateName === 'LastReadoutFailed' || m.stateName === 'CRCError',
  ).length;
  if (failing > 0) hints.push({ kind: 'failing', severity: 'warn', count: failing });
  if (g.stateName === 'TooManySearchErrors') hints.push({ kind: 'searchErrors', severity: 'error' });
  const seen = g.lastSeen ? Date.parse(g.lastSeen) : Number.NaN;
  const quietAfter = Math.max(3_600_000, 3 * (interval ?? 0) * 1000);
  if (!Number.isNaN(seen) && nowMs - seen > quietAfter)
    hints.push({ kind: 'quiet', severity: 'warn', ageMs: nowMs - seen });
  return hints;
}
