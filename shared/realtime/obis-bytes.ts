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

const cache = new Map<number, ObisText>();
const CACHE_LIMIT = 4096;

/**
 * Formats the OBIS bytes buf[start, end). Six-byte codes are cached by value: a capture repeats the same
 * few dozen codes, so this avoids rebuilding the same strings hundreds of thousands of times.
 */
export function obisFromWire(buf: Uint8Array, start: number, end: number): ObisText {
  if (end - start !== 6) {
    const hex = bytesToHex(buf, start, end);
    return {
      obis: hex,
      obisHex: hex,
      problem: `OBIS code has ${end - start} byte(s) instead of 6; shown as hex`,
    };
  }
  const a = buf[start] as number;
  const b = buf[start + 1] as number;
  const c = buf[start + 2] as number;
  const d = buf[start + 3] as number;
  const e = buf[start + 4] as number;
  const f = buf[start + 5] as number;
  const key = ((a * 256 + b) * 256 + c) * 16777216 + ((d << 16) | (e << 8) | f);
  let hit = cache.get(key);
  if (hit === undefined) {
    hit = {
      obis: `${DEC_BYTE[a]}-${DEC_BYTE[b]}:${DEC_BYTE[c]}.${DEC_BYTE[d]}.${DEC_BYTE[e]}*${DEC_BYTE[f]}`,
      obisHex: `${HEX_BYTE[a]}${HEX_BYTE[b]}${HEX_BYTE[c]}${HEX_BYTE[d]}${HEX_BYTE[e]}${HEX_BYTE[f]}`,
    };
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(key, hit);
  }
  return hit;
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
