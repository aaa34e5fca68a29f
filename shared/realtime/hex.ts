/** Two upper-case hex digits per byte value: table lookups keep hot loops free of toString(16) calls. */
export const HEX_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) =>
  i.toString(16).toUpperCase().padStart(2, '0'),
);

/** Decimal text of every byte value (OBIS groups are printed as decimals). */
export const DEC_BYTE: readonly string[] = Array.from({ length: 256 }, (_, i) => String(i));

/**
 * Upper-case hex of bytes[start, end), no separators: the form smart-me uses for OBIS and the form the
 * `encode` command prints. Joins in chunks so long payloads do not build one huge rope string.
 */
export function bytesToHex(bytes: Uint8Array, start = 0, end = bytes.length): string {
  let out = '';
  let chunk = '';
  for (let i = start; i < end; i++) {
    chunk += HEX_BYTE[bytes[i] as number];
    if (chunk.length >= 8192) {
      out += chunk;
      chunk = '';
    }
  }
  return out + chunk;
}

/** Value of one hex digit character code, or -1 when it is not one (shared by every hex parser here). */
export function hexDigitValue(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 70) return code - 55;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

/** Parses plain hex (no separators, even length) or returns undefined: for OBIS and GUID fields. */
export function hexToBytes(text: string): Uint8Array | undefined {
  if (text.length % 2 !== 0) return undefined;
  const out = new Uint8Array(text.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigitValue(text.charCodeAt(2 * i));
    const lo = hexDigitValue(text.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) return undefined;
    out[i] = hi * 16 + lo;
  }
  return out;
}
