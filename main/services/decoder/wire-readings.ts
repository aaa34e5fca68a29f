import type { WireField } from '../../../shared/realtime/index.ts';

/** One reading of a value, as the tree shows it. */
export interface Reading {
  label: string;
  value: string;
}

const MAX_HEX_BYTES = 48;
const MAX_TEXT = 160;

/** A double as text that keeps what String() hides: `-0` stays `-0` (NaN and ±Infinity read as they are). */
export function doubleText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/**
 * Every reading of a wire value, none silently picked: a varint as uint64, int64 and zigzag sint64 and
 * bool; eight bytes as uint64, int64 and double; four as uint32, int32 and float; length-delimited bytes as
 * hex, as UTF-8 text when valid and as a nested message when they parse as one.
 */
export function readingsOf(field: WireField): Reading[] {
  if (field.varint) {
    const v = field.varint;
    return [
      { label: 'uint64', value: v.unsigned },
      { label: 'int64', value: v.signed },
      { label: 'sint64 (zigzag)', value: v.zigzag },
      { label: 'bool', value: String(v.bool) },
    ];
  }
  if (field.fixed64) {
    const v = field.fixed64;
    return [
      { label: 'fixed64', value: v.uint64 },
      { label: 'sfixed64', value: v.int64 },
      { label: 'double', value: doubleText(v.double) },
    ];
  }
  if (field.fixed32) {
    const v = field.fixed32;
    return [
      { label: 'fixed32', value: String(v.uint32) },
      { label: 'sfixed32', value: String(v.int32) },
      { label: 'float', value: doubleText(v.float) },
    ];
  }
  const len = field.len;
  if (!len) return [];
  const out: Reading[] = [{ label: 'length', value: String(len.length) }];
  const shown = len.hex.slice(0, MAX_HEX_BYTES * 2).replace(/(..)(?!$)/g, '$1 ');
  out.push({ label: 'bytes', value: len.length > MAX_HEX_BYTES ? `${shown} …` : shown });
  if (len.utf8 !== undefined) {
    const text = len.utf8.length > MAX_TEXT ? `${len.utf8.slice(0, MAX_TEXT)}…` : len.utf8;
    out.push({ label: 'string (UTF-8)', value: JSON.stringify(text) });
  }
  if (len.message) out.push({ label: 'message', value: `${len.message.fields.length} field(s)` });
  return out;
}
