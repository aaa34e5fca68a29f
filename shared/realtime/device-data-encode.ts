import { ByteWriter } from './byte-writer.ts';
import { checkItem, type DeviceDataItemInput, type WireItem } from './device-data-input.ts';
import { badInput } from './payload-error.ts';
import { zigzagEncode } from './wire-varint.ts';

/**
 * Encodes items (the decode output shape) into DeviceDataArray bytes the way protobuf-net writes them:
 * fields in number order; DateTime value only when not 0, scale only when not DAYS, kind only when not
 * UNSPECIFIED. Lets integrators build test payloads and edit captures. decode(encode(x)) equals x.
 * Throws PayloadError 'bad-input' naming the JSON path of the first bad field.
 */
export function encodeDeviceDataArray(items: readonly DeviceDataItemInput[]): Uint8Array {
  if (!Array.isArray(items))
    badInput(0, 'items', 'an array of items', typeof items, 'items must be an array');
  const checked = items.map((item, i) => checkItem(item, `items[${i}]`));
  const out = new ByteWriter();
  const scratch = new ByteWriter();
  for (const item of checked) {
    scratch.length = 0;
    writeItem(scratch, item);
    out.byte(0x0a);
    out.varint(scratch.length);
    out.bytes(scratch.finish());
  }
  return out.finish();
}

function writeItem(w: ByteWriter, item: WireItem): void {
  w.byte(0x0a);
  w.byte(18);
  w.byte(0x09);
  w.bytes(item.guid.subarray(0, 8));
  w.byte(0x11);
  w.bytes(item.guid.subarray(8, 16));
  const time = new ByteWriter();
  if (item.timeValue !== 0n) {
    time.byte(0x08);
    time.varint64(zigzagEncode(item.timeValue));
  }
  if (item.scale !== 0) {
    time.byte(0x10);
    time.varint(item.scale);
  }
  if (item.kind !== 0) {
    time.byte(0x18);
    time.varint(item.kind);
  }
  w.lenField(0x12, time.finish());
  for (const v of item.values) {
    w.byte(0x1a);
    w.varint(1 + varintSize(v.obis.length) + v.obis.length + 9);
    w.lenField(0x0a, v.obis);
    w.byte(0x11);
    w.double(v.value);
  }
}

function varintSize(n: number): number {
  let size = 1;
  for (let v = n; v >= 0x80; v = Math.floor(v / 0x80)) size++;
  return size;
}
