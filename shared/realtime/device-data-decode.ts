import { dateTimeFromWire, setDateTimeFromZigzagTicks, type DateTimeFields } from './bcl-datetime.ts';
import { decodeCanonicalItem } from './device-data-canonical.ts';
import { guidFromWire } from './bcl-guid.ts';
import { obisFromWire } from './obis-bytes.ts';
import { payloadErrorInfo } from './payload-error.ts';
import { looksLikeText, notAPayload } from './text-check.ts';
import type { DecodedPayload, DeviceDataItem, DeviceValue, PayloadErrorInfo } from './types.ts';
import { FIELD, readField, wireTypeName, type FieldFailure } from './wire-field.ts';
import { VARINT, zigzag64 } from './wire-varint.ts';

/** Options of the schema decode. */
export interface DecodeOptions {
  /** Record a FieldSpan for every field (default true). Off for bulk decoding where nobody shows a hex view. */
  spans?: boolean;
}

interface Ctx {
  buf: Uint8Array;
  view: DataView;
  spans: boolean;
  out: DecodedPayload;
  /** > 0 while decoding the part of a cut-off message that did arrive. */
  salvage: number;
}

/**
 * Decodes a Realtime-API DeviceDataArray into domain items. Never throws, whatever the bytes: a malformed
 * payload sets `error` (offset, expectation, field path) and keeps every item and value read before it,
 * including the complete values of an item cut off by a truncated capture; unknown fields are skipped and
 * listed; missing required fields become warnings.
 *
 * Hand-written for speed (webhook bursts, multi-megabyte captures); a property test proves it equal to
 * protobufjs decoding with the shipped .proto.
 */
export function decodeDeviceDataArray(bytes: Uint8Array, options: DecodeOptions = {}): DecodedPayload {
  const out: DecodedPayload = { items: [], warnings: [], unknownFields: [], spans: [] };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ctx: Ctx = { buf: bytes, view, spans: options.spans !== false, out, salvage: 0 };
  try {
    decodeArray(ctx);
  } catch (e) {
    const info: PayloadErrorInfo =
      e instanceof DecodeStop
        ? e.info
        : payloadErrorInfo(
            'bad-value',
            0,
            'a payload',
            String(e),
            '',
            `internal decoder error: ${String(e)}`,
          );
    out.error = looksLikeText(bytes) ? notAPayload(bytes, info) : info;
  }
  return out;
}

const ITEM_NAMES = ['', 'DeviceId', 'DateTime', 'DeviceValues'];
const GUID_NAMES = ['', 'lo', 'hi'];
const TIME_NAMES = ['', 'value', 'scale', 'kind'];
const VALUE_NAMES = ['', 'Obis', 'Value'];

/** Internal unwinding to the top on a malformed field; a plain object, as capturing a stack is costly. */
class DecodeStop {
  constructor(readonly info: PayloadErrorInfo) {}
}

function stop(failure: FieldFailure, path: string): never {
  throw new DecodeStop(payloadErrorInfo(failure.code, failure.offset, failure.expected, failure.found, path));
}

/** Stops with the path of the field whose frame failed (the parent when even the tag was unreadable). */
function failedField(failure: FieldFailure, parent: string, names: readonly string[]): never {
  const n = FIELD.number;
  if (!n) stop(failure, parent);
  const name = names[n] ?? `#${n}`;
  stop(failure, parent ? `${parent}.${name}` : name);
}

/**
 * A message whose length runs past the end of the data was cut off (a truncated capture): decode the part
 * that arrived so its complete values are still shown, then report the original error. Errors inside are
 * the same truncation seen from deeper down, so they are dropped.
 */
function salvageThenStop(ctx: Ctx, failure: FieldFailure, path: string, decode: () => void): never {
  if (failure.code === 'length-past-end') {
    ctx.salvage++;
    try {
      decode();
    } catch (e) {
      if (!(e instanceof DecodeStop)) throw e;
    } finally {
      ctx.salvage--;
    }
  }
  stop(failure, path);
}

function span(
  ctx: Ctx,
  path: string,
  n: number,
  wireType: number,
  start: number,
  vs: number,
  ve: number,
): void {
  ctx.out.spans.push({
    path,
    fieldNumber: n,
    wireType,
    range: { start, end: ve },
    valueRange: { start: vs, end: ve },
  });
}

function warn(ctx: Ctx, path: string, message: string, start: number, end: number): void {
  ctx.out.warnings.push({ path, message, range: { start, end } });
}

/** Lists a field the schema does not know; a known number with the wrong wire type also gets a warning. */
function unknown(ctx: Ctx, parent: string, name: string | undefined, start: number): void {
  const { number, wireType, end } = FIELD;
  ctx.out.unknownFields.push({ path: parent, fieldNumber: number, wireType, range: { start, end } });
  if (name) {
    const type = wireTypeName(wireType);
    const at = parent ? `${parent}.${name}` : name;
    warn(ctx, at, `field ${number} (${name}) has wire type ${type}, not the schema's; skipped`, start, end);
  }
}

function decodeArray(ctx: Ctx): void {
  const { buf, out } = ctx;
  const end = buf.length;
  let pos = 0;
  while (pos < end) {
    const index = out.items.length;
    const failure = readField(buf, pos, end);
    if (failure) {
      if (FIELD.number !== 1 || FIELD.wireType !== 2)
        failedField(failure, '', ['', `DeviceDataItems[${index}]`]);
      const { valueStart, valueEnd } = FIELD;
      salvageThenStop(ctx, failure, `DeviceDataItems[${index}]`, () => {
        try {
          item(ctx, pos, valueStart, valueEnd);
        } finally {
          // A cut-off item of which nothing arrived is not shown as an empty device.
          const last = out.items[index];
          if (last && !last.deviceId && !last.dateTime && last.values.length === 0) out.items.pop();
        }
      });
    }
    const { number, wireType, valueStart, valueEnd, end: next } = FIELD;
    if (number === 1 && wireType === 2) {
      const canonical = ctx.spans ? undefined : decodeCanonicalItem(buf, ctx.view, valueStart, valueEnd);
      if (canonical) out.items.push(canonical);
      else item(ctx, pos, valueStart, valueEnd);
    } else unknown(ctx, '', number === 1 ? 'DeviceDataItems' : undefined, pos);
    pos = next;
  }
}

function item(ctx: Ctx, start: number, valueStart: number, valueEnd: number): void {
  const index = ctx.out.items.length;
  if (ctx.spans) span(ctx, `DeviceDataItems[${index}]`, 1, 2, start, valueStart, valueEnd);
  decodeItem(ctx, valueStart, valueEnd, index);
}

/**
 * How many DeviceValues an item holds, from a quick look at its field headers (one-byte tags and lengths,
 * as protobuf-net writes them). Sizing the array up front avoids regrowing it for every item; a wrong guess
 * only costs a regrow or a trim.
 */
function countValues(buf: Uint8Array, start: number, end: number): number {
  let count = 0;
  let p = start;
  while (p + 1 < end) {
    const tag = buf[p] as number;
    const len = buf[p + 1] as number;
    if (tag >= 0x80 || len >= 0x80 || (tag & 7) !== 2) break;
    if (tag === 0x1a) count++;
    p += 2 + len;
  }
  return count;
}

function decodeItem(ctx: Ctx, start: number, end: number, index: number): void {
  const { buf, out } = ctx;
  const expected = countValues(buf, start, end);
  const values: DeviceValue[] = expected > 0 ? new Array<DeviceValue>(expected) : [];
  const item: DeviceDataItem = {
    deviceId: '',
    dateTime: '',
    dateTimeTicks: '',
    dateTimeScale: 'DAYS',
    dateTimeKind: 'UNSPECIFIED',
    values,
  };
  out.items.push(item);
  const path = ctx.spans ? `DeviceDataItems[${index}]` : '';
  let n = 0;
  let seenId = 0;
  let seenTime = 0;
  let pos = start;
  try {
    while (pos < end) {
      const itemPath = path || `DeviceDataItems[${index}]`;
      const failure = readField(buf, pos, end);
      if (failure) {
        values.length = n;
        itemFailure(ctx, failure, itemPath, item, pos);
      }
      const { number, wireType, valueStart, valueEnd, end: next } = FIELD;
      if (wireType === 2 && number === 3) {
        const vp = `${itemPath}.DeviceValues[${n}]`;
        if (ctx.spans) span(ctx, vp, 3, 2, pos, valueStart, valueEnd);
        const value = decodeValue(ctx, valueStart, valueEnd, vp);
        if (value) {
          if (n < values.length) values[n] = value;
          else values.push(value);
          n++;
        }
      } else if (wireType === 2 && number === 1) {
        const p = `${itemPath}.DeviceId`;
        if (seenId++) warn(ctx, p, 'DeviceId appears more than once; the last one is used', pos, next);
        if (ctx.spans) span(ctx, p, 1, 2, pos, valueStart, valueEnd);
        item.deviceId = decodeGuid(ctx, valueStart, valueEnd, p);
      } else if (wireType === 2 && number === 2) {
        const p = `${itemPath}.DateTime`;
        if (seenTime++) warn(ctx, p, 'DateTime appears more than once; the last one is used', pos, next);
        if (ctx.spans) span(ctx, p, 2, 2, pos, valueStart, valueEnd);
        decodeDateTime(ctx, valueStart, valueEnd, p, item);
      } else {
        unknown(ctx, itemPath, ITEM_NAMES[number], pos);
      }
      pos = next;
    }
  } finally {
    // Never leave unfilled slots of the pre-sized array, also when decoding stopped inside the item.
    if (values.length > n) values.length = n;
  }
  if (ctx.salvage) return;
  const itemPath = path || `DeviceDataItems[${index}]`;
  if (!seenId) warn(ctx, `${itemPath}.DeviceId`, 'required field DeviceId is missing', start, end);
  if (!seenTime) warn(ctx, `${itemPath}.DateTime`, 'required field DateTime is missing', start, end);
}

/** A DeviceData field frame failed: name it, and salvage a cut-off DeviceId, DateTime or DeviceValue. */
function itemFailure(
  ctx: Ctx,
  failure: FieldFailure,
  itemPath: string,
  item: DeviceDataItem,
  pos: number,
): never {
  const { number, wireType, valueStart, valueEnd } = FIELD;
  if (wireType !== 2 || number < 1 || number > 3) failedField(failure, itemPath, ITEM_NAMES);
  const name = number === 3 ? `DeviceValues[${item.values.length}]` : (ITEM_NAMES[number] as string);
  const path = `${itemPath}.${name}`;
  salvageThenStop(ctx, failure, path, () => {
    if (ctx.spans) span(ctx, path, number, 2, pos, valueStart, valueEnd);
    if (number === 3) {
      const value = decodeValue(ctx, valueStart, valueEnd, path);
      if (value) item.values.push(value);
    } else if (number === 1) item.deviceId = decodeGuid(ctx, valueStart, valueEnd, path);
    else decodeDateTime(ctx, valueStart, valueEnd, path, item);
  });
}

function decodeValue(ctx: Ctx, start: number, end: number, path: string): DeviceValue | undefined {
  const { buf, view } = ctx;
  let obisStart = -1;
  let obisEnd = -1;
  let valueAt = -1;
  let pos = start;
  while (pos < end) {
    const failure = readField(buf, pos, end);
    if (failure) failedField(failure, path, VALUE_NAMES);
    const { number, wireType, valueStart, valueEnd, end: next } = FIELD;
    if (number === 1 && wireType === 2) {
      if (obisStart >= 0)
        warn(ctx, `${path}.Obis`, 'Obis appears more than once; the last one is used', pos, next);
      obisStart = valueStart;
      obisEnd = valueEnd;
      if (ctx.spans) span(ctx, `${path}.Obis`, 1, 2, pos, valueStart, valueEnd);
    } else if (number === 2 && wireType === 1) {
      if (valueAt >= 0)
        warn(ctx, `${path}.Value`, 'Value appears more than once; the last one is used', pos, next);
      valueAt = valueStart;
      if (ctx.spans) span(ctx, `${path}.Value`, 2, 1, pos, valueStart, valueEnd);
    } else {
      unknown(ctx, path, VALUE_NAMES[number], pos);
    }
    pos = next;
  }
  // A cut-off value shows nothing rather than a value that was never received.
  if (ctx.salvage && (obisStart < 0 || valueAt < 0)) return undefined;
  let obis = '';
  let obisHex = '';
  if (obisStart < 0) {
    warn(ctx, `${path}.Obis`, 'required field Obis is missing', start, end);
  } else {
    const ob = obisFromWire(buf, obisStart, obisEnd);
    obis = ob.obis;
    obisHex = ob.obisHex;
    if (ob.problem) warn(ctx, `${path}.Obis`, ob.problem, obisStart, obisEnd);
  }
  if (valueAt < 0) warn(ctx, `${path}.Value`, 'required field Value is missing (shown as 0)', start, end);
  return { obis, obisHex, value: valueAt < 0 ? 0 : view.getFloat64(valueAt, true) };
}

function decodeGuid(ctx: Ctx, start: number, end: number, path: string): string {
  const { buf } = ctx;
  let loAt = -1;
  let hiAt = -1;
  let pos = start;
  while (pos < end) {
    const failure = readField(buf, pos, end);
    if (failure) failedField(failure, path, GUID_NAMES);
    const { number, wireType, valueStart, valueEnd, end: next } = FIELD;
    if (wireType === 1 && (number === 1 || number === 2)) {
      if (number === 1) loAt = valueStart;
      else hiAt = valueStart;
      if (ctx.spans) span(ctx, `${path}.${GUID_NAMES[number]}`, number, 1, pos, valueStart, valueEnd);
    } else {
      unknown(ctx, path, GUID_NAMES[number], pos);
    }
    pos = next;
  }
  if (loAt < 0 && !ctx.salvage)
    warn(ctx, `${path}.lo`, 'required GUID half lo is missing (read as 0)', start, end);
  if (hiAt < 0 && !ctx.salvage)
    warn(ctx, `${path}.hi`, 'required GUID half hi is missing (read as 0)', start, end);
  return guidFromWire(loAt < 0 ? undefined : buf, loAt, hiAt < 0 ? undefined : buf, hiAt);
}

/** Decodes a DateTime into the item's fields; a problem (unknown scale, out of range) becomes a warning. */
function decodeDateTime(ctx: Ctx, start: number, end: number, path: string, item: DateTimeFields): void {
  const { buf } = ctx;
  let lo = 0;
  let hi = 0;
  let scale = 0;
  let kind = 0;
  let pos = start;
  while (pos < end) {
    const failure = readField(buf, pos, end);
    if (failure) failedField(failure, path, TIME_NAMES);
    const { number, wireType, valueStart, valueEnd, end: next } = FIELD;
    if (wireType === 0 && number >= 1 && number <= 3) {
      if (number === 1) {
        lo = VARINT.lo;
        hi = VARINT.hi;
      } else if (number === 2) {
        scale = VARINT.lo | 0;
      } else {
        kind = VARINT.lo | 0;
      }
      if (ctx.spans) span(ctx, `${path}.${TIME_NAMES[number]}`, number, 0, pos, valueStart, valueEnd);
    } else {
      unknown(ctx, path, TIME_NAMES[number], pos);
    }
    pos = next;
  }
  let problem: string | undefined;
  if (scale === 5) {
    problem = setDateTimeFromZigzagTicks(item, lo, hi, kind);
  } else {
    const t = dateTimeFromWire(zigzag64(lo, hi), scale, kind);
    item.dateTime = t.dateTime;
    item.dateTimeTicks = t.dateTimeTicks;
    item.dateTimeScale = t.dateTimeScale;
    item.dateTimeKind = t.dateTimeKind;
    problem = t.problem;
  }
  if (problem) warn(ctx, path, `DateTime: ${problem}`, start, end);
}
