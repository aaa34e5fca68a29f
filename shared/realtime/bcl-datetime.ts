import { KIND_BY_NUMBER, SCALE_BY_NUMBER, TICKS_PER_UNIT } from './bcl-scale.ts';
import { isoFromMs, ticksText } from './tick-text.ts';
import type { DateTimeKind, TimeScale } from './types.ts';

/**
 * protobuf-net's bcl.DateTime: a sint64 offset from 1970-01-01 in units of a scale (DAYS when absent),
 * plus a kind. Everything is kept in exact 100 ns ticks; ticks since 1970 exceed 2^53 for present-day
 * dates, so they are bigint or split into halves, never one double.
 */

/** DateTime.MinValue (0001-01-01) in ticks since 1970: what MINMAX value -1 means. */
export const DATETIME_MIN_TICKS = -621_355_968_000_000_000n;
/** DateTime.MaxValue (9999-12-31T23:59:59.9999999) in ticks since 1970: what MINMAX value 1 means. */
export const DATETIME_MAX_TICKS = 2_534_023_007_999_999_999n;

const MIN_MS = -62_135_596_800_000;
const MAX_MS = 253_402_300_799_999;
const OUT_OF_RANGE = 'outside the .NET DateTime range 0001-01-01 to 9999-12-31';

/** A decoded DateTime in the shape of DeviceDataItem, plus what looked wrong (for a warning). */
export interface BclDateTime {
  dateTime: string;
  dateTimeTicks: string;
  dateTimeScale: TimeScale;
  dateTimeKind: DateTimeKind;
  /** Set when the value cannot be a real .NET DateTime (unknown scale or kind, out of range). */
  problem?: string;
}

/** ISO-8601 text of exact ticks since 1970 (floor division, so dates before 1970 are right too). */
export function ticksToIso(ticks: bigint): string {
  let ms = ticks / 10000n;
  let sub = ticks % 10000n;
  if (sub < 0n) {
    sub += 10000n;
    ms -= 1n;
  }
  return isoFromMs(Number(ms), Number(sub));
}

function kindOf(kindNumber: number): { kind: DateTimeKind; problem?: string } {
  const kind = KIND_BY_NUMBER[kindNumber];
  return kind ? { kind } : { kind: 'UNSPECIFIED', problem: `unknown DateTimeKind ${kindNumber}` };
}

function withProblems(result: BclDateTime, ...problems: (string | undefined)[]): BclDateTime {
  const text = problems.filter(Boolean).join('; ');
  if (text) result.problem = text;
  return result;
}

/** Decodes the three DateTime fields as found on the wire (value as an exact bigint). */
export function dateTimeFromWire(value: bigint, scaleNumber: number, kindNumber: number): BclDateTime {
  const { kind, problem: kindProblem } = kindOf(kindNumber);
  const scale = SCALE_BY_NUMBER[scaleNumber];
  const blank = { dateTime: '', dateTimeTicks: '', dateTimeKind: kind };
  if (!scale) {
    return withProblems(
      { ...blank, dateTimeScale: 'DAYS' },
      `unknown TimeSpanScale ${scaleNumber}`,
      kindProblem,
    );
  }
  let ticks: bigint;
  if (scale === 'MINMAX') {
    if (value !== 1n && value !== -1n) {
      const p = `MINMAX scale with value ${value} (only 1 = MaxValue and -1 = MinValue exist)`;
      return withProblems({ ...blank, dateTimeScale: scale }, p, kindProblem);
    }
    ticks = value === 1n ? DATETIME_MAX_TICKS : DATETIME_MIN_TICKS;
  } else {
    ticks = value * TICKS_PER_UNIT[scale];
  }
  const range = ticks < DATETIME_MIN_TICKS || ticks > DATETIME_MAX_TICKS ? OUT_OF_RANGE : undefined;
  const result: BclDateTime = {
    dateTime: ticksToIso(ticks),
    dateTimeTicks: ticks.toString(),
    dateTimeScale: scale,
    dateTimeKind: kind,
  };
  return withProblems(result, range, kindProblem);
}

/** The DateTime fields of a DeviceDataItem, which the hot path writes in place. */
export type DateTimeFields = Pick<
  BclDateTime,
  'dateTime' | 'dateTimeTicks' | 'dateTimeScale' | 'dateTimeKind'
>;

// The devices of one webhook usually share their time: the last instant's texts are reused as they are.
const last = {
  hi: -1,
  lo: -1,
  negative: false,
  kindNumber: -1,
  dateTime: '',
  dateTimeTicks: '',
  dateTimeKind: 'UNSPECIFIED' as DateTimeKind,
  problem: undefined as string | undefined,
};

/** A tick magnitude split by splitTickHalves (reused, no allocation). */
const SPLIT = { ms: 0, rem: 0, sign: false, msSigned: 0, sub: 0 };

/**
 * Splits a tick magnitude, given as two unsigned 32-bit halves and a sign, into whole milliseconds and
 * sub-millisecond ticks with exact double arithmetic: `ms`/`rem` of the magnitude, and `msSigned`/`sub`
 * rounded down (also before 1970). `sign` is false for zero.
 */
function splitTickHalves(negative: boolean, hi: number, lo: number): void {
  // 2^32 = 429496 * 10000 + 7296: both partial products stay far below 2^53.
  const r = hi * 7296 + lo;
  const ms = hi * 429496 + Math.floor(r / 10000);
  const rem = r % 10000;
  const sign = negative && (ms !== 0 || rem !== 0);
  SPLIT.ms = ms;
  SPLIT.rem = rem;
  SPLIT.sign = sign;
  SPLIT.msSigned = sign ? (rem === 0 ? -ms : -ms - 1) : ms;
  SPLIT.sub = sign && rem !== 0 ? 10000 - rem : rem;
}

/**
 * The hot path for TICKS-scale values (what smart-me sends): the tick magnitude arrives as two unsigned
 * 32-bit halves and is split into milliseconds and sub-millisecond ticks with exact double arithmetic,
 * without bigint, and written straight into `target` (no intermediate object per payload item). Same
 * result as dateTimeFromWire(±(hi·2^32+lo), 5, kind); returns its `problem`, if any.
 */
export function setDateTimeFromTickHalves(
  target: DateTimeFields,
  negative: boolean,
  hi: number,
  lo: number,
  kindNumber: number,
): string | undefined {
  if (hi === last.hi && lo === last.lo && negative === last.negative && kindNumber === last.kindNumber) {
    target.dateTime = last.dateTime;
    target.dateTimeTicks = last.dateTimeTicks;
    target.dateTimeScale = 'TICKS';
    target.dateTimeKind = last.dateTimeKind;
    return last.problem;
  }
  splitTickHalves(negative, hi, lo);
  const { ms, rem, sign, msSigned, sub } = SPLIT;
  const kind = KIND_BY_NUMBER[kindNumber];
  let problem: string | undefined;
  if (!(isDotNetMs(msSigned) && kind)) {
    const range = isDotNetMs(msSigned) ? '' : OUT_OF_RANGE;
    problem = [range, kindOf(kindNumber).problem ?? ''].filter(Boolean).join('; ');
  }
  last.hi = hi;
  last.lo = lo;
  last.negative = negative;
  last.kindNumber = kindNumber;
  last.dateTime = target.dateTime = isoFromMs(msSigned, sub);
  last.dateTimeTicks = target.dateTimeTicks = ticksText(sign, ms, rem);
  last.dateTimeKind = target.dateTimeKind = kind ?? 'UNSPECIFIED';
  last.problem = problem;
  target.dateTimeScale = 'TICKS';
  return problem;
}

/** The tick magnitude halves and sign of a zigzag sint64, as zigzagHalves left them (reused, no allocation). */
const MAGNITUDE = { negative: false, hi: 0, lo: 0 };

/** Splits the zigzag-encoded sint64 halves as read from the wire: magnitude = u >>> 1, plus one when negative (u odd). */
function zigzagHalves(lo: number, hi: number): void {
  const negative = (lo & 1) === 1;
  let mlo = ((lo >>> 1) | ((hi & 1) << 31)) >>> 0;
  let mhi = hi >>> 1;
  if (negative) {
    mlo += 1;
    if (mlo > 0xffffffff) {
      mlo = 0;
      mhi += 1;
    }
  }
  MAGNITUDE.negative = negative;
  MAGNITUDE.hi = mhi;
  MAGNITUDE.lo = mlo;
}

/**
 * Same as setDateTimeFromTickHalves, from the two 32-bit halves of the zigzag-encoded sint64 as read from
 * the wire.
 */
export function setDateTimeFromZigzagTicks(
  target: DateTimeFields,
  lo: number,
  hi: number,
  kindNumber: number,
): string | undefined {
  zigzagHalves(lo, hi);
  return setDateTimeFromTickHalves(target, MAGNITUDE.negative, MAGNITUDE.hi, MAGNITUDE.lo, kindNumber);
}

/**
 * Milliseconds since 1970 (rounded down) of zigzag-encoded TICKS halves, without building any text: what
 * stream health and range checks need of a device's time. Exact for every .NET DateTime.
 */
export function zigzagTicksToMs(lo: number, hi: number): number {
  zigzagHalves(lo, hi);
  splitTickHalves(MAGNITUDE.negative, MAGNITUDE.hi, MAGNITUDE.lo);
  return SPLIT.msSigned;
}

/** True when ms since 1970 lies within .NET's DateTime range (0001-01-01 to 9999-12-31). */
export function isDotNetMs(ms: number): boolean {
  return ms >= MIN_MS && ms <= MAX_MS;
}

const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,7}))?)?)?\s*([Zz]|[+-]\d{2}:?\d{2})?$/;

/**
 * Exact ticks since 1970 of an ISO-8601 date-time (up to 7 fraction digits; `Z`, an offset, or no zone
 * meaning UTC). Undefined when it is not a real date in 0001..9999, so the encoder can name the bad field.
 */
export function isoToTicks(text: string): bigint | undefined {
  const m = ISO.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(m[i] ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (year < 1 || month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59) {
    return undefined;
  }
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, 0);
  if (d.getUTCDate() !== day || d.getUTCMonth() !== month - 1) return undefined;
  let ticks = BigInt(d.getTime()) * 10000n + BigInt((m[7] ?? '').padEnd(7, '0'));
  const zone = m[8];
  if (zone && zone !== 'Z' && zone !== 'z') {
    const digits = zone.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5));
    ticks -= BigInt((zone[0] === '-' ? -1 : 1) * minutes) * 600_000_000n;
  }
  return ticks;
}

/**
 * The sint64 wire value that represents `ticks` at `scale`, or why it cannot (not a whole number of units,
 * not MaxValue/MinValue for MINMAX, beyond 64 bits). The encoder turns the reason into a bad-input error.
 */
export function wireValueFromTicks(ticks: bigint, scale: TimeScale): { value: bigint } | { problem: string } {
  if (scale === 'MINMAX') {
    if (ticks === DATETIME_MAX_TICKS) return { value: 1n };
    if (ticks === DATETIME_MIN_TICKS) return { value: -1n };
    return { problem: 'with scale MINMAX only DateTime.MaxValue and DateTime.MinValue can be sent' };
  }
  const unit = TICKS_PER_UNIT[scale];
  if (ticks % unit !== 0n) return { problem: `the time is not a whole number of ${scale}` };
  const value = ticks / unit;
  if (value !== BigInt.asIntN(64, value)) return { problem: 'the value does not fit in 64 bits' };
  return { value };
}
