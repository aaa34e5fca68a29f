import { isDotNetMs, setDateTimeFromZigzagTicks, zigzagTicksToMs } from './bcl-datetime.ts';
import { guidFromWire } from './bcl-guid.ts';
import { canonicalHeaderEnd, HEADER } from './device-data-canonical.ts';
import { OBIS_SLOT_HEX, OBIS_SLOT_TEXT, obisSlot } from './obis-bytes.ts';
import type { DecodedPayload, DeviceDataItem, DeviceValue } from './types.ts';
import { readVarint, VARINT } from './wire-varint.ts';

/**
 * A decoded DeviceDataArray as columns: the values in one Float64Array and the OBIS texts as shared
 * strings, instead of one object per value. A webhook listener decodes every payload of a flood this way
 * before its 200 (one pass, a handful of allocations per payload however many values it holds), and builds
 * DeviceDataItem objects only for a consumer that asks for them (itemsFromColumns).
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
  /** Item i's values are at [valueStart[i], valueStart[i + 1]); itemCount + 1 entries. */
  valueStart: number[];
  /**
   * Per value: the six OBIS bytes A..F as one 48-bit integer (exact in a double); obisText and obisHexText
   * give DeviceValue.obis and obisHex. A number, not a string, so decoding stores no pointer per value.
   */
  obisCodes: Float64Array;
  /** Per value: the IEEE-754 double as sent. */
  values: Float64Array;
}

// Per item, found by the first pass: start, start of the DeviceValues, end, and the DateTime's zigzag
// halves and kind. Reused across calls (grown when a payload has more items).
const STRIDE = 6;
let scratch = new Uint32Array(STRIDE * 256);

/** Pass 1: checks every item's layout and fills `scratch`; the number of values, or -1 for another layout. */
function scanItems(bytes: Uint8Array): number {
  const end = bytes.length;
  let valueCount = 0;
  for (let pos = 0, i = 0; pos < end; i++) {
    if (bytes[pos] !== 0x0a) return -1;
    const start = readVarint(bytes, pos + 1, end);
    if (start < 0 || VARINT.hi !== 0 || VARINT.lo > end - start) return -1;
    pos = start + VARINT.lo;
    const timeEnd = canonicalHeaderEnd(bytes, start, pos);
    if (timeEnd < 0 || (pos - timeEnd) % 19 !== 0) return -1;
    if (!isDotNetMs(zigzagTicksToMs(HEADER.lo, HEADER.hi))) return -1; // the general decoder warns
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
    valueCount += (pos - timeEnd) / 19;
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
  ITEMS.count = 0;
  const valueCount = scanItems(bytes);
  if (valueCount < 0) return undefined;
  const itemCount = ITEMS.count;
  const buffer = new ArrayBuffer(16 * valueCount); // one allocation for both value columns
  const cols: DeviceDataColumns = {
    itemCount,
    deviceIds: [],
    timeMs: [],
    tickLo: [],
    tickHi: [],
    kind: [],
    valueStart: [],
    obisCodes: new Float64Array(buffer, 0, valueCount),
    values: new Float64Array(buffer, 8 * valueCount, valueCount),
  };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { obisCodes, values } = cols;
  let n = 0;
  for (let i = 0; i < itemCount; i++) {
    const k = STRIDE * i;
    const start = scratch[k] as number;
    const lo = scratch[k + 3] as number;
    const hi = scratch[k + 4] as number;
    cols.deviceIds.push(guidFromWire(bytes, start + 3, bytes, start + 12));
    cols.timeMs.push(zigzagTicksToMs(lo, hi));
    cols.tickLo.push(lo);
    cols.tickHi.push(hi);
    cols.kind.push(scratch[k + 5] as number);
    cols.valueStart.push(n);
    const itemEnd = scratch[k + 2] as number;
    for (let v = scratch[k + 1] as number; v < itemEnd; v += 19, n++) {
      // `1A 11 0A 06` <obis A B C D> <E F> `11` <double>, read in 4- and 2-byte loads.
      if (view.getUint32(v) !== 0x1a110a06 || bytes[v + 10] !== 0x11) return undefined;
      obisCodes[n] = view.getUint32(v + 4) * 65536 + view.getUint16(v + 8);
      values[n] = view.getFloat64(v + 11, true);
    }
  }
  cols.valueStart.push(n);
  return cols;
}

/**
 * The items of decoded columns as DeviceDataItem objects, equal to what decodeDeviceDataArray returns;
 * `from` and `to` pick a range of items (a one-line summary needs only the first).
 */
export function itemsFromColumns(cols: DeviceDataColumns, from = 0, to = cols.itemCount): DeviceDataItem[] {
  const items = new Array<DeviceDataItem>(Math.max(0, to - from));
  for (let i = from; i < to; i++) {
    const first = cols.valueStart[i] as number;
    const values = new Array<DeviceValue>((cols.valueStart[i + 1] as number) - first);
    for (let k = 0; k < values.length; k++) {
      const slot = obisCodeSlot(cols.obisCodes[first + k] as number);
      values[k] = {
        obis: OBIS_SLOT_TEXT[slot] as string,
        obisHex: OBIS_SLOT_HEX[slot] as string,
        value: cols.values[first + k] as number,
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

/** The OBIS cache slot (see obisSlot) of a 48-bit OBIS code from obisCodes. */
function obisCodeSlot(code: number): number {
  const hi = Math.floor(code / 0x1000000);
  return obisSlot(hi, code - hi * 0x1000000);
}

/** `A-B:C.D.E*F` of an OBIS code from DeviceDataColumns.obisCodes. */
export function obisText(code: number): string {
  return OBIS_SLOT_TEXT[obisCodeSlot(code)] as string;
}

/** The distinct device GUIDs of decoded columns, in the order they first appear. */
export function columnDevices(cols: DeviceDataColumns): string[] {
  return [...new Set(cols.deviceIds)];
}
