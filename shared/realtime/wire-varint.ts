/**
 * Base-128 varint reading into two unsigned 32-bit halves. 64-bit values never pass through a double here,
 * so timestamps and fixed64 GUID halves stay exact; the halves go to strings only when shown.
 */

/** Scratch result of the last readVarint call: reusing one object keeps hot decode loops allocation-free. */
export const VARINT = { lo: 0, hi: 0 };

/** readVarint result: the data ended before the varint did. */
export const VARINT_TRUNCATED = -1;
/** readVarint result: more than 10 bytes, or bits beyond the 64th set (not a protobuf varint). */
export const VARINT_OVERFLOW = -2;

/**
 * Reads the varint at `pos` (not reading at or past `limit`) into VARINT and returns the position after it,
 * or VARINT_TRUNCATED / VARINT_OVERFLOW.
 */
export function readVarint(buf: Uint8Array, pos: number, limit: number): number {
  let lo = 0;
  let b: number;
  for (let shift = 0; shift < 28; shift += 7) {
    if (pos >= limit) return VARINT_TRUNCATED;
    b = buf[pos++] as number;
    lo |= (b & 0x7f) << shift;
    if (b < 0x80) return done(lo, 0, pos);
  }
  if (pos >= limit) return VARINT_TRUNCATED;
  b = buf[pos++] as number;
  lo |= (b & 0x7f) << 28;
  let hi = (b & 0x7f) >> 4;
  if (b < 0x80) return done(lo, hi, pos);
  for (let shift = 3; shift < 31; shift += 7) {
    if (pos >= limit) return VARINT_TRUNCATED;
    b = buf[pos++] as number;
    hi |= (b & 0x7f) << shift;
    if (b < 0x80) return done(lo, hi, pos);
  }
  if (pos >= limit) return VARINT_TRUNCATED;
  b = buf[pos++] as number;
  if (b > 1) return VARINT_OVERFLOW;
  return done(lo, hi | (b << 31), pos);
}

function done(lo: number, hi: number, pos: number): number {
  VARINT.lo = lo >>> 0;
  VARINT.hi = hi >>> 0;
  return pos;
}

/** The 64-bit unsigned value of two halves, exact. */
export function u64(lo: number, hi: number): bigint {
  return (BigInt(hi >>> 0) << 32n) | BigInt(lo >>> 0);
}

/** The zigzag (sint64) reading of two halves, exact. */
export function zigzag64(lo: number, hi: number): bigint {
  const v = u64(lo, hi);
  return v & 1n ? -(v >> 1n) - 1n : v >> 1n;
}

/** Appends a varint of a non-negative bigint below 2^64 (the encoder's only varint writer). */
export function pushVarint(out: number[], value: bigint): void {
  let v = BigInt.asUintN(64, value);
  while (v >= 0x80n) {
    out.push(Number(v & 0x7fn) | 0x80);
    v >>= 7n;
  }
  out.push(Number(v));
}

/** Zigzag-encodes a signed 64-bit bigint for sint64 fields. */
export function zigzagEncode(value: bigint): bigint {
  return BigInt.asUintN(64, (value << 1n) ^ (value >> 63n));
}
