/**
 * Builds short strings from character codes in one step. Concatenating 20 pieces leaves a tree of
 * intermediate cons-strings that lives as long as the decoded item; with hundreds of thousands of items
 * that garbage-collection work dominated decoding. One fromCharCode call gives one flat string.
 */

const arrays: number[][] = [];

/** A reusable code array of exactly `length` entries (one per length, so the spread sees the right length). */
export function codeArray(length: number): number[] {
  let a = arrays[length];
  if (!a) {
    a = new Array<number>(length).fill(0);
    arrays[length] = a;
  }
  return a;
}

/** The string of the codes in `codes` (all of them). */
export function fromCodes(codes: number[]): string {
  return String.fromCharCode(...codes);
}

/** Lower-case hex digit codes of each byte value: [high, low]. */
export const HEX_CODES_LOWER: readonly (readonly [number, number])[] = Array.from({ length: 256 }, (_, i) => {
  const h = i.toString(16).padStart(2, '0');
  return [h.charCodeAt(0), h.charCodeAt(1)] as const;
});

/** Writes the decimal digits of a non-negative integer below 2^53 at `at`; returns the position after. */
export function writeDecimal(codes: number[], at: number, value: number, minDigits = 1): number {
  const digits = Math.max(decimalDigits(value), minDigits);
  // Above 2^31 split off the low 9 digits, so the digit loop runs on 32-bit integers.
  let high = value > 0x7fffffff ? Math.floor(value / 1e9) : 0;
  let low = (value - high * 1e9) | 0;
  let i = at + digits - 1;
  for (let k = 0; i >= at && (high > 0 ? k < 9 : true); k++, i--) {
    const q = (low / 10) | 0;
    // `| 0` keeps the array's elements small integers: one stored double would turn it into a double
    // array, and every fromCodes call would then box each code.
    codes[i] = (48 + low - q * 10) | 0;
    low = q;
  }
  for (; i >= at; i--) {
    const q = Math.floor(high / 10);
    codes[i] = (48 + high - q * 10) | 0;
    high = q;
  }
  return at + digits;
}

const POW10 = Array.from({ length: 17 }, (_, i) => 10 ** i);

/** Number of decimal digits of a non-negative integer below 2^53. */
export function decimalDigits(value: number): number {
  let digits = 1;
  while (digits < 16 && value >= (POW10[digits] as number)) digits++;
  return digits;
}
