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

// A capture repeats the same devices many times: a direct-mapped cache of the 16 wire bytes (as four
// 32-bit words) returns the same string instead of building it again (a collision just rebuilds and
// replaces the slot). 4096 slots keep a large account's devices apart.
const SLOTS = 4096;
const slotWords = new Int32Array(SLOTS * 4);
const slotText: string[] = new Array<string>(SLOTS).fill('');

function word(bytes: Uint8Array, at: number): number {
  return (
    (bytes[at] as number) |
    ((bytes[at + 1] as number) << 8) |
    ((bytes[at + 2] as number) << 16) |
    ((bytes[at + 3] as number) << 24)
  );
}

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
  const w0 = word(lo, la);
  const w1 = word(lo, la + 4);
  const w2 = word(hi, ha);
  const w3 = word(hi, ha + 4);
  const hash = Math.imul(w0 ^ Math.imul(w1, 0x85ebca77) ^ Math.imul(w2, 0xc2b2ae3d) ^ w3, 0x9e3779b1);
  const slot = hash >>> 20;
  const base = slot * 4;
  if (
    slotWords[base] === w0 &&
    slotWords[base + 1] === w1 &&
    slotWords[base + 2] === w2 &&
    slotWords[base + 3] === w3 &&
    slotText[slot] !== ''
  ) {
    return slotText[slot] as string;
  }
  const text = guidText(lo, la, hi, ha);
  slotWords[base] = w0;
  slotWords[base + 1] = w1;
  slotWords[base + 2] = w2;
  slotWords[base + 3] = w3;
  slotText[slot] = text;
  return text;
}

function guidText(lo: Uint8Array, la: number, hi: Uint8Array, ha: number): string {
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
  return fromCodes(codes);
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
