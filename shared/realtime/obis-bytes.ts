import { DEC_BYTE, HEX_BYTE, bytesToHex, hexToBytes } from './hex.ts';

/**
 * OBIS bytes as the realtime payload carries them (6 raw bytes A..F) and their `A-B:C.D.E*F` text. Kept
 * here rather than in shared/obis so the decoder stands alone; the catalog adds names and units on top.
 */

/** The two texts of one OBIS field, and a note when it is not the usual 6 bytes. */
export interface ObisText {
  obis: string;
  obisHex: string;
  problem?: string;
}

// A capture repeats the same few dozen codes hundreds of thousands of times: a direct-mapped cache keyed by
// two 24-bit halves (small integers, so no boxed-number or string keys) returns the texts without building
// them again. A collision just rebuilds and replaces the slot.
const SLOTS = 1024;
const slotHi = new Int32Array(SLOTS).fill(-1);
const slotLo = new Int32Array(SLOTS);
const slotText: ObisText[] = new Array<ObisText>(SLOTS).fill({ obis: '', obisHex: '' });
/** `A-B:C.D.E*F` by cache slot (see obisSlot): read directly by the decoder's per-value loop. */
export const OBIS_SLOT_TEXT: string[] = new Array<string>(SLOTS).fill('');
/** The 12 upper-case hex digits by cache slot, next to OBIS_SLOT_TEXT. */
export const OBIS_SLOT_HEX: string[] = new Array<string>(SLOTS).fill('');

function fill(slot: number, hi: number, lo: number): void {
  const a = hi >> 16;
  const b = (hi >> 8) & 0xff;
  const c = hi & 0xff;
  const d = lo >> 16;
  const e = (lo >> 8) & 0xff;
  const f = lo & 0xff;
  const text = {
    obis: `${DEC_BYTE[a]}-${DEC_BYTE[b]}:${DEC_BYTE[c]}.${DEC_BYTE[d]}.${DEC_BYTE[e]}*${DEC_BYTE[f]}`,
    obisHex: `${HEX_BYTE[a]}${HEX_BYTE[b]}${HEX_BYTE[c]}${HEX_BYTE[d]}${HEX_BYTE[e]}${HEX_BYTE[f]}`,
  };
  slotHi[slot] = hi;
  slotLo[slot] = lo;
  slotText[slot] = text;
  OBIS_SLOT_TEXT[slot] = text.obis;
  OBIS_SLOT_HEX[slot] = text.obisHex;
}

/**
 * The cache slot holding the texts of the six OBIS bytes A..F, given as `hi` = A<<16|B<<8|C and
 * `lo` = D<<16|E<<8|F; a miss fills the slot first. Lets the hot loop read two strings without an object.
 */
export function obisSlot(hi: number, lo: number): number {
  const slot = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca77)) >>> 22;
  if (slotHi[slot] !== hi || slotLo[slot] !== lo) fill(slot, hi, lo);
  return slot;
}

/** Formats the OBIS bytes buf[start, end): `A-B:C.D.E*F` for six bytes, hex with a note otherwise. */
export function obisFromWire(buf: Uint8Array, start: number, end: number): ObisText {
  if (end - start !== 6) {
    const hex = bytesToHex(buf, start, end);
    return {
      obis: hex,
      obisHex: hex,
      problem: `OBIS code has ${end - start} byte(s) instead of 6; shown as hex`,
    };
  }
  const hi = ((buf[start] as number) << 16) | ((buf[start + 1] as number) << 8) | (buf[start + 2] as number);
  const lo =
    ((buf[start + 3] as number) << 16) | ((buf[start + 4] as number) << 8) | (buf[start + 5] as number);
  return slotText[obisSlot(hi, lo)] as ObisText;
}

const OBIS_TEXT = /^(\d{1,3})-(\d{1,3}):(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?:[*&](\d{1,3}))?$/;

/**
 * The wire bytes of an OBIS text for the encoder: `A-B:C.D.E*F` (F defaults to 255 when `*F` is left out)
 * or plain hex of any even length (how the decoder shows codes that are not 6 bytes). Undefined otherwise.
 */
export function obisToWire(text: string): Uint8Array | undefined {
  const t = text.trim();
  const m = OBIS_TEXT.exec(t);
  if (m) {
    const groups = m.slice(1, 7).map((g, i) => (g === undefined && i === 5 ? 255 : Number(g)));
    return groups.every((g) => g <= 255) ? Uint8Array.from(groups) : undefined;
  }
  return /^[0-9a-fA-F]*$/.test(t) ? hexToBytes(t) : undefined;
}
