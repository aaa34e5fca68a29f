import { formatApiDate } from '../../../shared/api/index.ts';
import { reportSubTicks, reportTicks } from '../model/report-time.ts';
import type { SimDevice } from '../world/types.ts';

/**
 * A report's date as the API prints it (UTC, 7 fractional digits, the device's own sub-millisecond ticks).
 * The same text as `formatApiDate(reportTicks(...))`, built with plain numbers: a 5,000-device list prints
 * one per device, and BigInt arithmetic was a tenth of its cost.
 */
export function reportDate(seed: number, device: SimDevice, reportMs: number): string {
  const ms = Math.floor(reportMs);
  if (ms < 0) return formatApiDate(reportTicks(seed, device, reportMs));
  const inSecond = ms % 1000;
  const whole = new Date(ms - inSecond).toISOString().slice(0, 19);
  const fraction = inSecond * 10_000 + reportSubTicks(seed, device, reportMs);
  return `${whole}.${String(fraction).padStart(7, '0')}Z`;
}
