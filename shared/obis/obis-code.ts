import { ObisParseError } from './obis-parse-error.ts';

/**
 * An OBIS code as its six value groups A..F (each one byte, 0..255). A plain record so it serialises to
 * JSON, crosses the renderer/main contract unchanged and compares with toEqual.
 */
export interface ObisCode {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

const GROUPS = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** The value groups in wire order; shared by formatting, hex and byte conversion. */
export function obisGroups(code: ObisCode): [number, number, number, number, number, number] {
  return [code.a, code.b, code.c, code.d, code.e, code.f];
}

/** `A-B:C.D.E*F`, the notation technicians know from meter displays and IEC 62056-61. */
export function formatObis(code: ObisCode): string {
  return `${code.a}-${code.b}:${code.c}.${code.d}.${code.e}*${code.f}`;
}

/** 12 upper-case hex digits, the form smart-me's REST API uses (e.g. `63000C0102FF`). */
export function obisToHex(code: ObisCode): string {
  return obisGroups(code)
    .map((v) => v.toString(16).toUpperCase().padStart(2, '0'))
    .join('');
}

/** The six raw bytes of a Realtime-API payload's `Obis` field, read as a code; anything but 6 bytes is refused. */
export function obisFromBytes(bytes: Uint8Array): ObisCode {
  if (bytes.length !== 6) {
    throw new ObisParseError(
      `an OBIS field has 6 bytes, this one has ${bytes.length}`,
      Array.from(bytes, (b) => b.toString(16).toUpperCase().padStart(2, '0')).join(''),
    );
  }
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0] = bytes;
  return { a, b, c, d, e, f };
}

/** The six bytes to write into a payload's `Obis` field. */
export function obisToBytes(code: ObisCode): Uint8Array {
  return Uint8Array.from(obisGroups(code));
}

/** True when every value group is an integer 0..255: guards objects that arrive as JSON. */
export function isObisCode(value: unknown): value is ObisCode {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return GROUPS.every((g) => {
    const v = record[g];
    return typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 255;
  });
}
