import type { DateTimeKind, TimeScale } from './types.ts';

/**
 * protobuf-net's TimeSpanScale and DateTimeKind numbers. Shared by DateTime and TimeSpan, and by decoder
 * and encoder, so a scale means the same thing in both directions.
 */

/** Scale names by wire number; numbers not listed are unknown to protobuf-net too. */
export const SCALE_BY_NUMBER: Readonly<Record<number, TimeScale>> = {
  0: 'DAYS',
  1: 'HOURS',
  2: 'MINUTES',
  3: 'SECONDS',
  4: 'MILLISECONDS',
  5: 'TICKS',
  15: 'MINMAX',
};

/** Wire number of each scale name. */
export const SCALE_NUMBER: Readonly<Record<TimeScale, number>> = {
  DAYS: 0,
  HOURS: 1,
  MINUTES: 2,
  SECONDS: 3,
  MILLISECONDS: 4,
  TICKS: 5,
  MINMAX: 15,
};

/** 100 ns ticks per unit of each linear scale (MINMAX is not linear: ±1 mean Max/MinValue). */
export const TICKS_PER_UNIT: Readonly<Record<Exclude<TimeScale, 'MINMAX'>, bigint>> = {
  DAYS: 864_000_000_000n,
  HOURS: 36_000_000_000n,
  MINUTES: 600_000_000n,
  SECONDS: 10_000_000n,
  MILLISECONDS: 10_000n,
  TICKS: 1n,
};

/** DateTimeKind names by wire number. */
export const KIND_BY_NUMBER: readonly DateTimeKind[] = ['UNSPECIFIED', 'UTC', 'LOCAL'];

/** Wire number of each kind name. */
export const KIND_NUMBER: Readonly<Record<DateTimeKind, number>> = { UNSPECIFIED: 0, UTC: 1, LOCAL: 2 };

/** True for a scale name the format defines (validates encoder input). */
export function isTimeScale(value: unknown): value is TimeScale {
  return typeof value === 'string' && Object.hasOwn(SCALE_NUMBER, value);
}

/** True for a kind name the format defines (validates encoder input). */
export function isDateTimeKind(value: unknown): value is DateTimeKind {
  return typeof value === 'string' && Object.hasOwn(KIND_NUMBER, value);
}
