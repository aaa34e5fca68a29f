/** Bytes per hex pane row. */
export const BYTES_PER_ROW = 16;

/** How many rows a payload of `byteLength` bytes takes. */
export function rowCount(byteLength: number): number {
  return Math.ceil(byteLength / BYTES_PER_ROW);
}

/** The row's offset as 8 hex digits, like every hex editor. */
export function rowOffset(row: number): string {
  return (row * BYTES_PER_ROW).toString(16).toUpperCase().padStart(8, '0');
}

/** The two hex digits of byte `i` of an upper-case hex string. */
export function byteHex(hex: string, i: number): string {
  return hex.slice(i * 2, i * 2 + 2);
}

/** The printable-ASCII column of one byte ('.' for anything else). */
export function asciiChar(hex: string, i: number): string {
  const code = Number.parseInt(byteHex(hex, i), 16);
  return code >= 0x20 && code < 0x7f ? String.fromCharCode(code) : '.';
}

/** The byte offsets of one row. */
export function rowBytes(row: number, byteLength: number): number[] {
  const start = row * BYTES_PER_ROW;
  const end = Math.min(byteLength, start + BYTES_PER_ROW);
  const out: number[] = [];
  for (let i = start; i < end; i++) out.push(i);
  return out;
}
