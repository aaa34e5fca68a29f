import { SCALE_BY_NUMBER, TICKS_PER_UNIT } from './bcl-scale.ts';
import type { TimeScale } from './types.ts';

/**
 * protobuf-net's bcl.TimeSpan (same scales as DateTime, MINMAX meaning TimeSpan.MaxValue/MinValue). Not
 * part of DeviceDataArray, but user .proto files that import bcl.proto use it, and the UI names it.
 */

/** TimeSpan.MaxValue in ticks (MINMAX value 1). */
export const TIMESPAN_MAX_TICKS = 9_223_372_036_854_775_807n;
/** TimeSpan.MinValue in ticks (MINMAX value -1). */
export const TIMESPAN_MIN_TICKS = -9_223_372_036_854_775_808n;

/** A decoded TimeSpan: exact ticks and the .NET "c" text `[-][d.]hh:mm:ss[.fffffff]`. */
export interface BclTimeSpan {
  ticks: string;
  text: string;
  scale: TimeScale;
  problem?: string;
}

/** .NET-style constant text of a tick count, as a technician would see it in a .NET debugger. */
export function timeSpanText(ticks: bigint): string {
  const sign = ticks < 0n ? '-' : '';
  let rest = ticks < 0n ? -ticks : ticks;
  const frac = rest % 10_000_000n;
  rest /= 10_000_000n;
  const seconds = rest % 60n;
  rest /= 60n;
  const minutes = rest % 60n;
  rest /= 60n;
  const hours = rest % 24n;
  const days = rest / 24n;
  const two = (n: bigint) => n.toString().padStart(2, '0');
  const dayPart = days > 0n ? `${days}.` : '';
  const fracPart = frac > 0n ? `.${frac.toString().padStart(7, '0')}` : '';
  return `${sign}${dayPart}${two(hours)}:${two(minutes)}:${two(seconds)}${fracPart}`;
}

/** Decodes a TimeSpan's value and scale as found on the wire (scale 0 = DAYS when absent). */
export function timeSpanFromWire(value: bigint, scaleNumber: number): BclTimeSpan {
  const scale = SCALE_BY_NUMBER[scaleNumber];
  if (!scale) return { ticks: '', text: '', scale: 'DAYS', problem: `unknown TimeSpanScale ${scaleNumber}` };
  if (scale === 'MINMAX') {
    if (value !== 1n && value !== -1n) {
      return { ticks: '', text: '', scale, problem: `MINMAX scale with value ${value}` };
    }
    const ticks = value === 1n ? TIMESPAN_MAX_TICKS : TIMESPAN_MIN_TICKS;
    return { ticks: ticks.toString(), text: timeSpanText(ticks), scale };
  }
  const ticks = value * TICKS_PER_UNIT[scale];
  const result: BclTimeSpan = { ticks: ticks.toString(), text: timeSpanText(ticks), scale };
  if (ticks > TIMESPAN_MAX_TICKS || ticks < TIMESPAN_MIN_TICKS) result.problem = 'beyond TimeSpan range';
  return result;
}
