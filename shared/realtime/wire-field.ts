import type { PayloadErrorCode } from './types.ts';
import { readVarint, VARINT, VARINT_TRUNCATED } from './wire-varint.ts';

/**
 * Reading one field's frame (tag, optional length, value extent) is the same for the schema-less walker
 * and the schema decoder; keeping it in one place keeps their error offsets and messages identical.
 */

/** Scratch result of the last readField call (reused to keep decode loops allocation-free). */
export const FIELD = { number: 0, wireType: 0, valueStart: 0, valueEnd: 0, end: 0 };

/** Why a field frame could not be read; callers add the field path. */
export interface FieldFailure {
  code: PayloadErrorCode;
  offset: number;
  expected: string;
  found: string;
}

const WIRE_TYPE_NAMES = ['VARINT', 'I64', 'LEN', 'SGROUP', 'EGROUP', 'I32', '6', '7'];

/** Human name of a wire type number, e.g. `LEN`; used in messages and the raw tree. */
export function wireTypeName(wireType: number): string {
  return WIRE_TYPE_NAMES[wireType] ?? String(wireType);
}

function ended(limit: number, bufLength: number, have: number): string {
  const where = limit < bufLength ? 'the end of the enclosing message' : 'the end of the data';
  return have === 0 ? where : `${where} after ${have} byte(s)`;
}

function varintFailure(
  code: number,
  buf: Uint8Array,
  pos: number,
  limit: number,
  what: string,
): FieldFailure {
  if (code === VARINT_TRUNCATED) {
    return { code: 'truncated', offset: pos, expected: what, found: ended(limit, buf.length, limit - pos) };
  }
  return {
    code: 'varint-overflow',
    offset: pos,
    expected: `${what} of at most 10 bytes (64 bits)`,
    found: 'a longer varint or bits beyond the 64th',
  };
}

/**
 * Reads the field starting at `pos` (inside a message ending at `limit`) into FIELD. Returns undefined on
 * success, or why it failed. FIELD.number is set as soon as the tag is read, so callers can name the field;
 * on `length-past-end`, FIELD.valueStart/valueEnd span the bytes that did arrive.
 */
export function readField(buf: Uint8Array, pos: number, limit: number): FieldFailure | undefined {
  FIELD.number = 0;
  let p = readVarint(buf, pos, limit);
  if (p < 0) return varintFailure(p, buf, pos, limit, 'a field tag (varint)');
  if (VARINT.hi !== 0) {
    return {
      code: 'bad-value',
      offset: pos,
      expected: 'a field tag below 2^32',
      found: 'a tag needing more than 32 bits',
    };
  }
  const tag = VARINT.lo;
  const fieldNumber = tag >>> 3;
  const wireType = tag & 7;
  if (fieldNumber === 0) {
    return {
      code: 'field-number-zero',
      offset: pos,
      expected: 'a field number of 1 or more',
      found: `field number 0 (wire type ${wireTypeName(wireType)})`,
    };
  }
  FIELD.number = fieldNumber;
  FIELD.wireType = wireType;
  const valueAt = p;
  switch (wireType) {
    case 0: {
      p = readVarint(buf, valueAt, limit);
      if (p < 0) return varintFailure(p, buf, valueAt, limit, 'a varint value');
      return frame(valueAt, p, p);
    }
    case 1:
    case 5: {
      const size = wireType === 1 ? 8 : 4;
      if (limit - valueAt < size) {
        return {
          code: 'truncated',
          offset: valueAt,
          expected: `${size} bytes (${wireType === 1 ? 'I64: fixed64/double' : 'I32: fixed32/float'})`,
          found: ended(limit, buf.length, limit - valueAt),
        };
      }
      return frame(valueAt, valueAt + size, valueAt + size);
    }
    case 2: {
      p = readVarint(buf, valueAt, limit);
      if (p < 0) return varintFailure(p, buf, valueAt, limit, 'a length (varint)');
      const left = limit - p;
      if (VARINT.hi !== 0 || VARINT.lo > left) {
        // What did arrive, so decoders can still show the part of the value before the end.
        FIELD.valueStart = p;
        FIELD.valueEnd = limit;
        const length = VARINT.hi === 0 ? String(VARINT.lo) : (VARINT.hi * 4294967296 + VARINT.lo).toString();
        return {
          code: 'length-past-end',
          offset: valueAt,
          expected: `a length of at most ${left} byte(s) (what is left${limit < buf.length ? ' in the enclosing message' : ''})`,
          found: `length ${length}`,
        };
      }
      return frame(p, p + VARINT.lo, p + VARINT.lo);
    }
    default:
      return {
        code: 'bad-wire-type',
        offset: pos,
        expected: 'wire type 0 (VARINT), 1 (I64), 2 (LEN) or 5 (I32)',
        found: `wire type ${wireType}${wireType === 3 || wireType === 4 ? ' (deprecated group, not used by this format)' : ''} for field ${fieldNumber}`,
      };
  }
}

function frame(valueStart: number, valueEnd: number, end: number): undefined {
  FIELD.valueStart = valueStart;
  FIELD.valueEnd = valueEnd;
  FIELD.end = end;
  return undefined;
}
