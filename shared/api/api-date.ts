/**
 * smart-me dates: ISO-8601 UTC with `Z` and exactly 7 fractional digits (.NET ticks of 100 ns), e.g.
 * `2026-07-25T13:06:32.0500519Z`. Ticks are bigint so sub-millisecond digits survive a round trip.
 */

const TICKS_PER_MS = 10_000n;
const TICKS_PER_SECOND = 10_000_000n;

/** Ticks (100 ns) since 1970-01-01 UTC for a millisecond timestamp: the bridge from Date to the wire. */
export function msToTicks(ms: number): bigint {
  return BigInt(Math.floor(ms)) * TICKS_PER_MS;
}

/** Milliseconds since 1970 for a tick count (sub-millisecond digits are floored, as Date needs). */
export function ticksToMs(ticks: bigint): number {
  const ms = ticks / TICKS_PER_MS;
  return Number(ticks < 0n && ticks % TICKS_PER_MS !== 0n ? ms - 1n : ms);
}

/**
 * Formats a Date or a tick count as the API does: UTC, `Z`, 7 fractional digits. The simulator uses it
 * for every date it sends; clients use it for query parameters the server parses exactly.
 */
export function formatApiDate(at: Date | bigint): string {
  const ticks = typeof at === 'bigint' ? at : msToTicks(at.getTime());
  let fraction = ticks % TICKS_PER_SECOND;
  if (fraction < 0n) fraction += TICKS_PER_SECOND;
  const seconds = (ticks - fraction) / TICKS_PER_SECOND;
  const whole = new Date(Number(seconds) * 1000).toISOString().slice(0, 19);
  return `${whole}.${fraction.toString().padStart(7, '0')}Z`;
}

const DATE_PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Parses an API date (any number of fractional digits, `Z`, an offset, or no zone = UTC as the server
 * reads query dates) into exact ticks. Undefined for anything else, so callers decide how to complain.
 */
export function parseApiDateTicks(text: string): bigint | undefined {
  const m = DATE_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, y, mo, d, h = '0', mi = '0', s = '0', frac = '', zone] = m;
  const ms = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
  const check = new Date(ms);
  if (Number.isNaN(ms) || check.getUTCDate() !== Number(d) || check.getUTCMonth() !== Number(mo) - 1) {
    return undefined;
  }
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) return undefined;
  let ticks = msToTicks(ms) + BigInt(frac.slice(0, 7).padEnd(7, '0'));
  if (zone && zone.toUpperCase() !== 'Z') {
    const sign = zone.startsWith('-') ? -1n : 1n;
    const digits = zone.slice(1).replace(':', '');
    const offsetMinutes = BigInt(Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    ticks -= sign * offsetMinutes * 60n * TICKS_PER_SECOND;
  }
  return ticks;
}

/** Parses an API date into a Date (millisecond precision), or undefined when it is not a date. */
export function parseApiDate(text: string): Date | undefined {
  const ticks = parseApiDateTicks(text);
  return ticks === undefined ? undefined : new Date(ticksToMs(ticks));
}
