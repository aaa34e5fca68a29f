import { codeArray, fromCodes, HEX_CODES_LOWER } from './char-codes.ts';
import { hexToBytes } from './hex.ts';

/**
 * protobuf-net sends a .NET Guid as two fixed64 halves (`lo`, `hi`). Written little-endian they give the
 * 16 bytes of Guid.ToByteArray(), whose first three groups are little-endian ("crazy-endian"): the byte
 * order below turns them into the GUID text smart-me shows, e.g. `3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1`.
 */

const ZERO8 = new Uint8Array(8);
/** Wire byte index shown at each of the 16 byte positions of the text. */
const WIRE_INDEX_OF_TEXT = [3, 2, 1, 0, 5, 4, 7, 6, 8, 9, 10, 11, 12, 13, 14, 15];

// A capture repeats the same devices many times: a direct-mapped cache of the 16 wire bytes returns the
// same string instead of building it again (a collision just rebuilds and replaces the slot). 4096 slots
// (64 KiB) keep a large account's devices apart.
const SLOTS = 4096;
const slotBytes = new Uint8Array(SLOTS * 16);
const slotText: string[] = new Array<string>(SLOTS).fill('');

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
  let hash = 0;
  for (let i = 0; i < 8; i++) hash = Math.imul(hash ^ (lo[la + i] as number), 0x01000193);
  for (let i = 0; i < 8; i++) hash = Math.imul(hash ^ (hi[ha + i] as number), 0x01000193);
  const slot = (hash >>> 0) & (SLOTS - 1);
  const base = slot * 16;
  let same = slotText[slot] !== '';
  for (let i = 0; same && i < 8; i++)
    same = slotBytes[base + i] === lo[la + i] && slotBytes[base + 8 + i] === hi[ha + i];
  if (same) return slotText[slot] as string;
  const codes = codeArray(36);
  let k = 0;
  for (let t = 0; t < 16; t++) {
    const w = WIRE_INDEX_OF_TEXT[t] as number;
    const pair = HEX_CODES_LOWER[(w < 8 ? lo[la + w] : hi[ha + w - 8]) as number] as readonly [
      number,
      number,
    ];
    codes[k++] = pair[0];
    codes[k++] = pair[1];
    if (t === 3 || t === 5 || t === 7 || t === 9) codes[k++] = 45;
  }
  const text = fromCodes(codes);
  for (let i = 0; i < 8; i++) {
    slotBytes[base + i] = lo[la + i] as number;
    slotBytes[base + 8 + i] = hi[ha + i] as number;
  }
  slotText[slot] = text;
  return text;
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
  WIRE_INDEX_OF_TEXT.forEach((wireIndex, textIndex) => (out[wireIndex] = plain[textIndex] as number));
  return out;
}

/** The `lo`/`hi` fixed64 values of a GUID text (for protobufjs and protoc text inputs in tests and tools). */
export function guidToHalves(text: string): { lo: bigint; hi: bigint } | undefined {
  const bytes = guidToWireBytes(text);
  if (!bytes) return undefined;
  const view = new DataView(bytes.buffer);
  return { lo: view.getBigUint64(0, true), hi: view.getBigUint64(8, true) };
}
