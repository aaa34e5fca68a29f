import { HEX_BYTE_LOWER, hexToBytes } from './hex.ts';

/**
 * protobuf-net sends a .NET Guid as two fixed64 halves (`lo`, `hi`). Written little-endian they give the
 * 16 bytes of Guid.ToByteArray(), whose first three groups are little-endian ("crazy-endian"): the byte
 * order below turns them into the GUID text smart-me shows, e.g. `3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1`.
 */
const WIRE_INDEX_OF_TEXT_BYTE = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

const ZERO8 = new Uint8Array(8);

/**
 * Formats a GUID from the 8 wire bytes of `lo` (at loAt) and of `hi` (at hiAt). Missing halves can be
 * passed as undefined (read as zero), so a message lacking one still shows the other.
 */
export function guidFromWire(
  loBytes: Uint8Array | undefined,
  loAt: number,
  hiBytes: Uint8Array | undefined,
  hiAt: number,
): string {
  const lo = loBytes ?? ZERO8;
  const hi = hiBytes ?? ZERO8;
  const la = loBytes ? loAt : 0;
  const ha = hiBytes ? hiAt : 0;
  const h = HEX_BYTE_LOWER;
  return (
    (h[lo[la + 3] as number] as string) +
    h[lo[la + 2] as number] +
    h[lo[la + 1] as number] +
    h[lo[la] as number] +
    '-' +
    h[lo[la + 5] as number] +
    h[lo[la + 4] as number] +
    '-' +
    h[lo[la + 7] as number] +
    h[lo[la + 6] as number] +
    '-' +
    h[hi[ha] as number] +
    h[hi[ha + 1] as number] +
    '-' +
    h[hi[ha + 2] as number] +
    h[hi[ha + 3] as number] +
    h[hi[ha + 4] as number] +
    h[hi[ha + 5] as number] +
    h[hi[ha + 6] as number] +
    h[hi[ha + 7] as number]
  );
}

/** Formats a GUID from the two fixed64 values as numbers (e.g. from protobufjs or protoc text). */
export function guidFromHalves(lo: bigint, hi: bigint): string {
  const bytes = new Uint8Array(16);
  const view = new DataView(bytes.buffer);
  view.setBigUint64(0, BigInt.asUintN(64, lo), true);
  view.setBigUint64(8, BigInt.asUintN(64, hi), true);
  return guidFromWire(bytes, 0, bytes, 8);
}

const GUID_TEXT = /^\{?([0-9a-f]{8})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{4})-?([0-9a-f]{12})\}?$/i;

/**
 * The 16 wire bytes (lo then hi, each little-endian) of a GUID text, or undefined when it is not a GUID.
 * Accepts any case, with or without dashes and braces, as technicians copy GUIDs from many tools.
 */
export function guidToWireBytes(text: string): Uint8Array | undefined {
  const m = GUID_TEXT.exec(text.trim());
  if (!m) return undefined;
  const plain = hexToBytes(m.slice(1).join(''));
  if (!plain) return undefined;
  const out = new Uint8Array(16);
  WIRE_INDEX_OF_TEXT_BYTE.forEach((wireIndex, textIndex) => (out[wireIndex] = plain[textIndex] as number));
  return out;
}

/** The `lo`/`hi` fixed64 values of a GUID text (for protobufjs and protoc text inputs in tests and tools). */
export function guidToHalves(text: string): { lo: bigint; hi: bigint } | undefined {
  const bytes = guidToWireBytes(text);
  if (!bytes) return undefined;
  const view = new DataView(bytes.buffer);
  return { lo: view.getBigUint64(0, true), hi: view.getBigUint64(8, true) };
}
