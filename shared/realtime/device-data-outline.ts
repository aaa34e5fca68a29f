import { guidFromWire } from './bcl-guid.ts';
import { isCanonicalItem } from './device-data-canonical.ts';
import { readVarint, VARINT } from './wire-varint.ts';

/** What can be known about a payload without decoding its values: how many items, from which devices. */
export interface PayloadOutline {
  itemCount: number;
  /** Distinct device GUIDs in the order they first appear (as decodeDeviceDataArray would name them). */
  deviceIds: string[];
}

/**
 * A structure-only pass over a DeviceDataArray whose items are all in the canonical layout (as
 * protobuf-net writes them; see device-data-canonical.ts). For such a payload decodeDeviceDataArray is
 * certain to succeed without an error, with exactly these items and devices, so a listener can store the
 * decode status before the answer and leave the full decode until after it. Builds no item and no value.
 * Any other payload gives undefined: decode it to know.
 */
export function outlineDeviceDataArray(bytes: Uint8Array): PayloadOutline | undefined {
  const end = bytes.length;
  const deviceIds: string[] = [];
  const seen = new Set<string>();
  let itemCount = 0;
  let pos = 0;
  while (pos < end) {
    if (bytes[pos] !== 0x0a) return undefined;
    const start = readVarint(bytes, pos + 1, end);
    if (start < 0 || VARINT.hi !== 0 || VARINT.lo > end - start) return undefined;
    const itemEnd = start + VARINT.lo;
    if (!isCanonicalItem(bytes, start, itemEnd)) return undefined;
    const id = guidFromWire(bytes, start + 3, bytes, start + 12);
    if (!seen.has(id)) {
      seen.add(id);
      deviceIds.push(id);
    }
    itemCount++;
    pos = itemEnd;
  }
  return { itemCount, deviceIds };
}
