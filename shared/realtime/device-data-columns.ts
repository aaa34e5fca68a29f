import { isDotNetMs, setDateTimeFromZigzagTicks, zigzagTicksToMs } from './bcl-datetime.ts';
import { guidFromWire } from './bcl-guid.ts';
import { canonicalHeaderEnd, HEADER } from './device-data-canonical.ts';
import { OBIS_SLOT_HEX, OBIS_SLOT_TEXT, obisSlot } from './obis-bytes.ts';
import type { DecodedPayload, DeviceDataItem, DeviceValue } from './types.ts';
import { readVarint, VARINT } from './wire-varint.ts';

/**
 * A decoded DeviceDataArray as columns: per item the device, its time and where its values sit in the
 * payload; a value (and its OBIS code) is read from the payload when asked for (columnValue,
 * columnObisCode), which the decoder has checked to hold every value in the same 19-byte layout.
 * No object and no copy per value: a webhook listener decodes every payload of a flood this way before
 * its 200 (a handful of small allocations however many values it holds: a copy of the values, 16 KB of
 * zeroed memory outside the JS heap per 100-meter webhook, cost more than reading them in place), and
 * builds DeviceDataItem objects only for a consumer that asks for them (itemsFromColumns). The payload
 * must not change afterwards.
 */
export interface DeviceDataColumns {
  itemCount: number;
  /** Per item: the lower-case GUID, as DeviceDataItem.deviceId. */
  deviceIds: string[];
  /** Per item: the device's DateTime in ms since 1970 (rounded down), for latency without parsing text. */
  timeMs: number[];
  /** Per item: the zigzag TICKS halves and DateTimeKind as on the wire, for the exact texts on demand. */
  tickLo: number[];
  tickHi: number[];
  kind: number[];
  /** Item i's values are numbers valueStart[i] to valueStart[i + 1] - 1 of the payload; itemCount + 1 entries. */
  valueStart: number[];
  /**
   * Per item: where its first DeviceValue starts in `bytes`. Every value is 19 bytes (`1A 11 0A 06`, the six
   * OBIS bytes, `11`, the double), so columnValue and columnObisCode read a value and its OBIS code with
   * one load each from the payload itself, and decoding stores nothing per value.
   */
  valueOffset: number[];
  /** The payload, as received (the columns point into it). */
  bytes: Uint8Array;
  view: DataView;
}

// Per item, found by the first pass: start, start of the DeviceValues, end, and the DateTime's zigzag
// halves and kind. Reused across calls (grown when a payload has more items).
const STRIDE = 6;
/** Bytes of one DeviceValue in the canonical layout. */
const VALUE_SIZE = 19;
let scratch = new Uint32Array(STRIDE * 256);

/**
 * Pass 1: checks every item's layout and fills `scratch` (the time's range is checked in pass 2, where it
 * is computed anyway); the number of values, or -1 for another layout.
 */
function scanItems(bytes: Uint8Array, view: DataView): number {
  const end = bytes.length;
  let valueCount = 0;
  for (let pos = 0, i = 0; pos < end; i++) {
    if (bytes[pos] !== 0x0a) return -1;
    const start = readVarint(bytes, pos + 1, end);
    if (start < 0 || VARINT.hi !== 0 || VARINT.lo > end - start) return -1;
    pos = start + VARINT.lo;
    const timeEnd = canonicalHeaderEnd(bytes, start, pos);
    if (timeEnd < 0 || (pos - timeEnd) % VALUE_SIZE !== 0) return -1;
    for (let v = timeEnd; v < pos; v += VALUE_SIZE) {
      // `1A 11 0A 06` <OBIS A..F> `11` <double>
      if (view.getUint32(v) !== 0x1a110a06 || bytes[v + 10] !== 0x11) return -1;
    }
    if (STRIDE * (i + 1) > scratch.length) {
      const grown = new Uint32Array(scratch.length * 2);
      grown.set(scratch);
      scratch = grown;
    }
    const k = STRIDE * i;
    scratch[k] = start;
    scratch[k + 1] = timeEnd;
    scratch[k + 2] = pos;
    scratch[k + 3] = HEADER.lo;
    scratch[k + 4] = HEADER.hi;
    scratch[k + 5] = HEADER.kind;
    valueCount += (pos - timeEnd) / VALUE_SIZE;
    ITEMS.count = i + 1;
  }
  return valueCount;
}
const ITEMS = { count: 0 };

/**
 * Decodes a payload whose items are all in the canonical layout protobuf-net writes (see
 * device-data-canonical.ts) with instants in .NET's range, into columns. Any other payload gives undefined:
 * decodeDeviceDataArray then decodes it, with its warnings and errors. For a payload it accepts,
 * itemsFromColumns gives exactly decodeDeviceDataArray's items, and that decoder reports no error and no
 * warning (a property test holds the two together).
 */
export function decodeDeviceDataColumns(bytes: Uint8Array): DeviceDataColumns | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  ITEMS.count = 0;
  const valueCount = scanItems(bytes, view);
  if (valueCount < 0) return undefined;
  const itemCount = ITEMS.count;
  const cols: DeviceDataColumns = {
    itemCount,
    deviceIds: new Array<string>(itemCount),
    timeMs: new Array<number>(itemCount),
    tickLo: new Array<number>(itemCount),
    tickHi: new Array<number>(itemCount),
    kind: new Array<number>(itemCount),
    valueStart: new Array<number>(itemCount + 1),
    valueOffset: new Array<number>(itemCount),
    bytes,
    view,
  };
  let n = 0;
  for (let i = 0; i < itemCount; i++) {
    const k = STRIDE * i;
    const start = scratch[k] as number;
    const lo = scratch[k + 3] as number;
    const hi = scratch[k + 4] as number;
    const first = scratch[k + 1] as number;
    const ms = zigzagTicksToMs(lo, hi);
    if (!isDotNetMs(ms)) return undefined; // out of .NET's range: the general decoder warns about it
    cols.deviceIds[i] = guidFromWire(bytes, start + 3, bytes, start + 12);
    cols.timeMs[i] = ms;
    cols.tickLo[i] = lo;
    cols.tickHi[i] = hi;
    cols.kind[i] = scratch[k + 5] as number;
    cols.valueStart[i] = n;
    cols.valueOffset[i] = first;
    n += ((scratch[k + 2] as number) - first) / VALUE_SIZE;
  }
  cols.valueStart[itemCount] = n;
  return cols;
}

/** How many values item i of decoded columns has. */
export function columnValueCount(cols: DeviceDataColumns, i: number): number {
  return (cols.valueStart[i + 1] as number) - (cols.valueStart[i] as number);
}

/** Value k of item i: the IEEE-754 double exactly as sent (read from the payload). */
export function columnValue(cols: DeviceDataColumns, i: number, k: number): number {
  return cols.view.getFloat64((cols.valueOffset[i] as number) + VALUE_SIZE * k + 11, true);
}

/** The OBIS bytes A..F of value k of item i as one 48-bit integer (exact in a double); see obisText. */
export function columnObisCode(cols: DeviceDataColumns, i: number, k: number): number {
  const v = (cols.valueOffset[i] as number) + VALUE_SIZE * k;
  return cols.view.getUint32(v + 4) * 65536 + cols.view.getUint16(v + 8);
}

/**
 * The items of decoded columns as DeviceDataItem objects, equal to what decodeDeviceDataArray returns;
 * `from` and `to` pick a range of items (a one-line summary needs only the first).
 */
export function itemsFromColumns(cols: DeviceDataColumns, from = 0, to = cols.itemCount): DeviceDataItem[] {
  const items = new Array<DeviceDataItem>(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    const values = new Array<DeviceValue>(columnValueCount(cols, i));
    for (let k = 0; k < values.length; k++) {
      const slot = obisCodeSlot(columnObisCode(cols, i, k));
      values[k] = {
        obis: OBIS_SLOT_TEXT[slot] as string,
        obisHex: OBIS_SLOT_HEX[slot] as string,
        value: columnValue(cols, i, k),
      };
    }
    const item: DeviceDataItem = {
      deviceId: cols.deviceIds[i] as string,
      dateTime: '',
      dateTimeTicks: '',
      dateTimeScale: 'TICKS',
      dateTimeKind: 'UNSPECIFIED',
      values,
    };
    setDateTimeFromZigzagTicks(
      item,
      cols.tickLo[i] as number,
      cols.tickHi[i] as number,
      cols.kind[i] as number,
    );
    items[i - from] = item;
  }
  return items;
}

/** The decoder result of decoded columns: their items, and (as the columns promise) no warning or error. */
export function payloadFromColumns(cols: DeviceDataColumns): DecodedPayload {
  return { items: itemsFromColumns(cols), warnings: [], unknownFields: [], spans: [] };
}

/** The OBIS cache slot (see obisSlot) of a 48-bit OBIS code from columnObisCode. */
function obisCodeSlot(code: number): number {
  const hi = Math.floor(code / 0x1000000);
  return obisSlot(hi, code - hi * 0x1000000);
}

/** `A-B:C.D.E*F` of an OBIS code from columnObisCode. */
export function obisText(code: number): string {
  return OBIS_SLOT_TEXT[obisCodeSlot(code)] as string;
}

// The last device list and its distinct devices: an account's webhooks name the same devices every time.
let lastIds: readonly string[] = [];
let lastDistinct: readonly string[] = Object.freeze([]);

/**
 * The distinct device GUIDs of decoded columns, in the order they first appear. Frozen, and the same array
 * again while the payloads name the same devices in the same order (GUIDs from the decoder's cache are
 * the same strings, so comparing them is cheap).
 */
export function columnDevices(cols: DeviceDataColumns): readonly string[] {
  const ids = cols.deviceIds;
  let same = ids.length === lastIds.length;
  for (let i = 0; same && i < ids.length; i++) same = ids[i] === lastIds[i];
  if (!same) {
    lastIds = ids.slice(); // a copy: the columns may be changed in place later
    lastDistinct = Object.freeze([...new Set(ids)]);
  }
  return lastDistinct;
}
