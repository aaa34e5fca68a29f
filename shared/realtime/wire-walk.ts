import { bytesToHex } from './hex.ts';
import { payloadErrorInfo } from './payload-error.ts';
import { decodeUtf8Strict } from './utf8.ts';
import { FIELD, readField, wireTypeName } from './wire-field.ts';
import type { WireField, WireMessage, WireTypeName } from './wire-types.ts';
import { readVarint, u64, VARINT, zigzag64 } from './wire-varint.ts';

/** Options of the schema-less walk. */
export interface WalkOptions {
  /** How deep LEN values are tried as nested messages (default 16). Bounds the work to O(bytes × depth). */
  maxDepth?: number;
}

/** Default nesting depth for trying LEN values as messages: deeper than any real payload, still cheap. */
export const DEFAULT_MAX_DEPTH = 16;

/**
 * Walks protobuf bytes without a schema and returns every field with its byte ranges and every reading of
 * its value. For payloads from unknown senders and for the hex<->tree view: it never throws; a malformed
 * top level is reported in `error` with the fields read before it kept.
 *
 * Each LEN value is tried as a nested message once per level (a failed try just leaves it as bytes), so the
 * work is linear in the input for a fixed depth limit, whatever the input.
 */
export function walkWire(bytes: Uint8Array, options: WalkOptions = {}): WireMessage {
  const maxDepth = Math.max(0, options.maxDepth ?? DEFAULT_MAX_DEPTH);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return walkMessage(bytes, view, 0, bytes.length, 0, maxDepth);
}

function walkMessage(
  buf: Uint8Array,
  view: DataView,
  start: number,
  end: number,
  depth: number,
  maxDepth: number,
): WireMessage {
  const fields: WireField[] = [];
  let pos = start;
  while (pos < end) {
    const failure = readField(buf, pos, end);
    if (failure) {
      const path = FIELD.number ? `field ${FIELD.number} (#${fields.length})` : `#${fields.length}`;
      const error = payloadErrorInfo(failure.code, failure.offset, failure.expected, failure.found, path);
      return { range: { start, end }, fields, error };
    }
    const fieldNumber = FIELD.number;
    const wireType = FIELD.wireType;
    const valueStart = FIELD.valueStart;
    const valueEnd = FIELD.valueEnd;
    const field: WireField = {
      fieldNumber,
      wireType,
      wireTypeName: wireTypeName(wireType) as WireTypeName,
      range: { start: pos, end: FIELD.end },
      valueRange: { start: valueStart, end: valueEnd },
    };
    pos = FIELD.end;
    if (wireType === 0) {
      readVarint(buf, valueStart, valueEnd);
      const { lo, hi } = VARINT;
      field.varint = {
        unsigned: u64(lo, hi).toString(),
        signed: BigInt.asIntN(64, u64(lo, hi)).toString(),
        zigzag: zigzag64(lo, hi).toString(),
        bool: (lo | hi) !== 0,
      };
    } else if (wireType === 1) {
      const lo = view.getUint32(valueStart, true);
      const hi = view.getUint32(valueStart + 4, true);
      field.fixed64 = {
        uint64: u64(lo, hi).toString(),
        int64: BigInt.asIntN(64, u64(lo, hi)).toString(),
        double: view.getFloat64(valueStart, true),
      };
    } else if (wireType === 5) {
      field.fixed32 = {
        uint32: view.getUint32(valueStart, true),
        int32: view.getInt32(valueStart, true),
        float: view.getFloat32(valueStart, true),
      };
    } else {
      const len: NonNullable<WireField['len']> = {
        length: valueEnd - valueStart,
        hex: bytesToHex(buf, valueStart, valueEnd),
      };
      const text = decodeUtf8Strict(buf, valueStart, valueEnd);
      if (text !== undefined) len.utf8 = text;
      if (depth < maxDepth && valueEnd > valueStart) {
        const nested = walkMessage(buf, view, valueStart, valueEnd, depth + 1, maxDepth);
        if (!nested.error) len.message = nested;
      }
      field.len = len;
    }
    fields.push(field);
  }
  return { range: { start, end }, fields };
}
