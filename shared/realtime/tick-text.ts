import { codeArray, decimalDigits, fromCodes, writeDecimal } from './char-codes.ts';

/**
 * The two texts of an exact instant that the decoder writes for every payload item: ISO-8601 with up to
 * 7 fraction digits, and the decimal tick count. They are built as character codes and turned into one
 * flat string each (see char-codes.ts); the minute's `YYYY-MM-DDTHH:MM:` is kept from the last call,
 * because the items of a capture arrive in time order and mostly share it.
 */

/** Character codes of the tens and of the units digit of 0..99. */
const TENS = Array.from({ length: 100 }, (_, i) => 48 + ((i / 10) | 0));
const UNITS = Array.from({ length: 100 }, (_, i) => 48 + (i % 10));
const MINUTE_MS = 60_000;
let lastMinute = NaN;
/** Codes of the last minute's `YYYY-MM-DDTHH:MM:` (longer for years beyond 9999 or before 0). */
let minuteCodes: number[] = [];
/** This module's own code arrays by length, each with the minute whose codes it already starts with. */
const isoArrays: number[][] = [];
const isoArrayMinute: number[] = [];

const DAY_MINUTES = 1440;
let lastDay = NaN;
/** Codes of the last day's `YYYY-MM-DDT` (from JavaScript's own date arithmetic, once per day). */
let dayCodes: number[] = [];

function setMinute(minute: number): void {
  const day = Math.floor(minute / DAY_MINUTES);
  if (day !== lastDay) {
    const iso = new Date(day * DAY_MINUTES * MINUTE_MS).toISOString();
    dayCodes = Array.from({ length: iso.indexOf('T') + 1 }, (_, i) => iso.charCodeAt(i) | 0);
    lastDay = day;
  }
  const inDay = minute - day * DAY_MINUTES;
  const hours = (inDay / 60) | 0;
  const minutes = inDay - hours * 60;
  const h = [TENS[hours], UNITS[hours], 58, TENS[minutes], UNITS[minutes], 58] as number[];
  minuteCodes = dayCodes.concat(h);
  lastMinute = minute;
}

/** Digits of 0..9999 ticks below the millisecond without trailing zeros: 1200 → 12 with 2 digits. */
function trimmedSub(sub: number): number {
  if (sub === 0) return 0;
  if (sub % 1000 === 0) return 1;
  if (sub % 100 === 0) return 2;
  return sub % 10 === 0 ? 3 : 4;
}

/**
 * ISO-8601 UTC for a millisecond instant plus 0..9999 extra ticks: at least milliseconds, up to 7 fraction
 * digits. Empty when JavaScript dates cannot represent the instant at all.
 */
export function isoFromMs(ms: number, subTicks: number): string {
  if (!(Math.abs(ms) <= 8.64e15)) return '';
  const minute = Math.floor(ms / MINUTE_MS);
  if (minute !== lastMinute) setMinute(minute);
  // Integer arithmetic (`| 0`): the code array must only ever hold small integers (see char-codes.ts).
  const rest = (ms - minute * MINUTE_MS) | 0;
  const seconds = (rest / 1000) | 0;
  const millis = rest - seconds * 1000;
  const subDigits = trimmedSub(subTicks);
  const head = minuteCodes.length;
  const length = head + 7 + subDigits;
  let codes = isoArrays[length];
  if (!codes) codes = isoArrays[length] = new Array<number>(length).fill(0);
  if (isoArrayMinute[length] !== minute) {
    for (let i = 0; i < head; i++) codes[i] = minuteCodes[i] as number;
    isoArrayMinute[length] = minute;
  }
  let k = head;
  codes[k++] = TENS[seconds] as number;
  codes[k++] = UNITS[seconds] as number;
  codes[k++] = 46;
  const tens = (millis / 10) | 0;
  codes[k++] = 48 + ((millis / 100) | 0);
  codes[k++] = UNITS[tens] as number;
  codes[k++] = 48 + millis - tens * 10;
  if (subDigits) {
    // The first `subDigits` of the four digits of subTicks (the rest are zeros).
    const high = (subTicks / 100) | 0;
    const low = subTicks - high * 100;
    codes[k++] = TENS[high] as number;
    if (subDigits > 1) codes[k++] = UNITS[high] as number;
    if (subDigits > 2) codes[k++] = TENS[low] as number;
    if (subDigits > 3) codes[k++] = UNITS[low] as number;
  }
  codes[k] = 90;
  return fromCodes(codes);
}

let lastHigh = -1;
const highCodes = [48, 48, 48, 48, 48, 48, 48];

/** ms·10^4 + rem as 17 digits for 1e12 <= ms < 1e13, in 32-bit pieces: ms = high·10^6 + mid. */
function ticks17(ms: number, rem: number): string {
  const high = Math.floor(ms / 1e6);
  if (high !== lastHigh) {
    let v = high;
    for (let i = 6; i >= 0; i--) {
      const q = (v / 10) | 0;
      highCodes[i] = (48 + v - q * 10) | 0;
      v = q;
    }
    lastHigh = high;
  }
  const mid = (ms - high * 1e6) | 0;
  const a = (mid / 10000) | 0;
  const b = ((mid / 100) | 0) - a * 100;
  const c = mid - ((mid / 100) | 0) * 100;
  const d = (rem / 100) | 0;
  const e = rem - d * 100;
  const h = highCodes;
  return String.fromCharCode(
    h[0] as number,
    h[1] as number,
    h[2] as number,
    h[3] as number,
    h[4] as number,
    h[5] as number,
    h[6] as number,
    TENS[a] as number,
    UNITS[a] as number,
    TENS[b] as number,
    UNITS[b] as number,
    TENS[c] as number,
    UNITS[c] as number,
    TENS[d] as number,
    UNITS[d] as number,
    TENS[e] as number,
    UNITS[e] as number,
  );
}

/** Exact decimal text of ±(ms·10^4 + rem) without bigint: the tick count of the decoder's fast path. */
export function ticksText(negative: boolean, ms: number, rem: number): string {
  if (ms === 0 && rem === 0) return '0';
  // 2001-09-09 to 2286, the common case by far.
  if (!negative && ms >= 1e12 && ms < 1e13) return ticks17(ms, rem);
  const sign = negative ? 1 : 0;
  const digits = ms === 0 ? decimalDigits(rem) : decimalDigits(ms) + 4;
  const codes = codeArray(sign + digits);
  if (sign) codes[0] = 45;
  if (ms === 0) writeDecimal(codes, sign, rem);
  else writeDecimal(codes, writeDecimal(codes, sign, ms), rem, 4);
  return fromCodes(codes);
}
