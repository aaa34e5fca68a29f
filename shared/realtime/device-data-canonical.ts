import { setDateTimeFromZigzagTicks } from './bcl-datetime.ts';
import { guidFromWire } from './bcl-guid.ts';
import { OBIS_SLOT_HEX, OBIS_SLOT_TEXT, obisSlot } from './obis-bytes.ts';
import type { DeviceDataItem, DeviceValue } from './types.ts';

/** The DateTime halves and kind read by the last canonicalHeaderEnd call (reused, no allocation). */
export const HEADER = { lo: 0, hi: 0, kind: 0 };

/**
 * Checks the DeviceId and DateTime of a DeviceData at buf[start, end) against the canonical layout below
 * and returns where its DeviceValues start, or -1 for any other layout. Fills HEADER.
 */
export function canonicalHeaderEnd(buf: Uint8Array, start: number, end: number): number {
  const p = start;
  if (end - p < 24 || buf[p] !== 0x0a || buf[p + 1] !== 18 || buf[p + 2] !== 0x09 || buf[p + 11] !== 0x11) {
    return -1;
  }
  const timeLength = buf[p + 21] as number;
  const timeEnd = p + 22 + timeLength;
  if (buf[p + 20] !== 0x12 || timeLength >= 0x80 || timeEnd > end || buf[p + 22] !== 0x08) return -1;
  // The sint64 value, read inline (measurably faster here than readVarint): find its last byte, refuse
  // what the general path reports as an error (cut off, over 10 bytes, bits beyond the 64th), then add up.
  const first = p + 23;
  const limit = Math.min(timeEnd, first + 10);
  let last = first;
  while (last < limit && (buf[last] as number) >= 0x80) last++;
  if (last >= limit || (last === first + 9 && (buf[last] as number) > 1)) return -1;
  let lo = 0;
  let hi = 0;
  for (let k = first, shift = 0; k <= last; k++, shift += 7) {
    const b = (buf[k] as number) & 0x7f;
    if (shift < 28) lo |= b << shift;
    else if (shift === 28) {
      lo |= b << 28;
      hi = b >> 4;
    } else hi |= b << (shift - 32);
  }
  let q = last + 1;
  if (buf[q] !== 0x10 || buf[q + 1] !== 5) return -1;
  HEADER.lo = lo >>> 0;
  HEADER.hi = hi >>> 0;
  q += 2;
  let kind = 0;
  if (q < timeEnd) {
    kind = buf[q + 1] as number;
    if (buf[q] !== 0x18 || kind > 2) return -1;
    q += 2;
  }
  HEADER.kind = kind;
  return q === timeEnd ? timeEnd : -1;
}

/**
 * Decodes one DeviceData written exactly as protobuf-net writes it, or returns undefined so the caller
 * takes the general path (which also reports warnings and errors):
 *
 *     0A 12 09 <lo×8> 11 <hi×8>            DeviceId
 *     12 LL 08 <sint64> 10 05 [18 <kind>]  DateTime in TICKS
 *     (1A 11 0A 06 <obis×6> 11 <double×8>)*  DeviceValues
 *
 * Small and branch-light on purpose: it is the loop that decodes multi-megabyte captures, and V8
 * re-optimises a small function quickly whenever its allocation decisions change.
 */
export function decodeCanonicalItem(
  buf: Uint8Array,
  view: DataView,
  start: number,
  end: number,
): DeviceDataItem | undefined {
  const timeEnd = canonicalHeaderEnd(buf, start, end);
  const count = ((end - timeEnd) / 19) | 0;
  if (timeEnd < 0 || count * 19 !== end - timeEnd) return undefined;
  const lo = HEADER.lo;
  const hi = HEADER.hi;
  const kind = HEADER.kind;
  const values = new Array<DeviceValue>(count);
  for (let i = 0, v = timeEnd; i < count; i++, v += 19) {
    // Checked inline rather than through isCanonicalValue: measurably faster in this loop.
    if (
      buf[v] !== 0x1a ||
      buf[v + 1] !== 17 ||
      buf[v + 2] !== 0x0a ||
      buf[v + 3] !== 6 ||
      buf[v + 10] !== 0x11
    ) {
      return undefined;
    }
    const slot = obisSlot(
      ((buf[v + 4] as number) << 16) | ((buf[v + 5] as number) << 8) | (buf[v + 6] as number),
      ((buf[v + 7] as number) << 16) | ((buf[v + 8] as number) << 8) | (buf[v + 9] as number),
    );
    values[i] = {
      obis: OBIS_SLOT_TEXT[slot] as string,
      obisHex: OBIS_SLOT_HEX[slot] as string,
      value: view.getFloat64(v + 11, true),
    };
  }
  const item: DeviceDataItem = {
    deviceId: guidFromWire(buf, start + 3, buf, start + 12),
    dateTime: '',
    dateTimeTicks: '',
    dateTimeScale: 'TICKS',
    dateTimeKind: 'UNSPECIFIED',
    values,
  };
  // An out-of-range instant is decoded again by the general path, which turns the problem into a warning.
  return setDateTimeFromZigzagTicks(item, lo, hi, kind) === undefined ? item : undefined;
}
