import { describe, expect, it } from 'vitest';
import { walkWire } from '../../../shared/realtime/index.ts';
import { hex, loadVectors } from './fixtures.ts';

describe('walkWire', () => {
  it('shows the documented example as nested fields with byte ranges', () => {
    const tree = walkWire(hex(loadVectors()[0]!.hex));
    expect(tree.error).toBeUndefined();
    const [item] = tree.fields;
    expect(item).toMatchObject({ fieldNumber: 1, wireTypeName: 'LEN', range: { start: 0, end: 92 } });
    expect(item!.valueRange).toEqual({ start: 2, end: 92 });
    const inner = item!.len!.message!.fields;
    expect(inner.map((f) => f.fieldNumber)).toEqual([1, 2, 3, 3, 3]);
    const guid = inner[0]!.len!.message!.fields;
    expect(guid[0]).toMatchObject({ fieldNumber: 1, wireTypeName: 'I64', range: { start: 4, end: 13 } });
    expect(guid[0]!.fixed64!.uint64).toBe('4720792267652136169');
    const time = inner[1]!.len!.message!.fields;
    expect(time[0]!.varint!.zigzag).toBe('15712284449788512');
    expect(time[1]!.varint).toMatchObject({ unsigned: '5', bool: true });
  });

  it('gives every reading of a varint, exact beyond 2^53', () => {
    const tree = walkWire(hex('08 FFFFFFFFFFFFFFFFFF01'));
    expect(tree.fields[0]!.varint).toEqual({
      unsigned: '18446744073709551615',
      signed: '-1',
      zigzag: '-9223372036854775808',
      bool: true,
    });
  });

  it('gives every reading of fixed64 and fixed32 values', () => {
    const tree = walkWire(hex('09 000000000000F0BF 15 0000803F'));
    expect(tree.fields[0]!.fixed64).toEqual({
      uint64: '13830554455654793216',
      int64: '-4616189618054758400',
      double: -1,
    });
    expect(tree.fields[1]!.fixed32).toEqual({ uint32: 0x3f800000, int32: 0x3f800000, float: 1 });
  });

  it('shows a LEN value as bytes, text and message when each reading fits', () => {
    const text = walkWire(hex('0A 03 686921')).fields[0]!.len!;
    expect(text).toMatchObject({ length: 3, hex: '686921', utf8: 'hi!' });
    expect(text.message).toBeUndefined();
    const nested = walkWire(hex('0A 02 0801')).fields[0]!.len!;
    expect(nested.message!.fields[0]!.varint!.unsigned).toBe('1');
    const binary = walkWire(hex('0A 02 FFFF')).fields[0]!.len!;
    expect(binary.utf8).toBeUndefined();
  });

  it('stops trying nested messages at the depth limit', () => {
    // 0A 06 0A 04 0A 02 08 01: three levels of nesting.
    const bytes = hex('0A060A040A020801');
    const deep = walkWire(bytes);
    expect(deep.fields[0]!.len!.message!.fields[0]!.len!.message!.fields[0]!.len!.message).toBeDefined();
    const shallow = walkWire(bytes, { maxDepth: 1 });
    expect(shallow.fields[0]!.len!.message!.fields[0]!.len!.message).toBeUndefined();
  });

  it('keeps the fields before a malformed one and names the offset', () => {
    const tree = walkWire(hex('0801 1B'));
    expect(tree.fields).toHaveLength(1);
    expect(tree.error).toMatchObject({ code: 'bad-wire-type', offset: 2 });
  });

  it('stays linear on deeply nested input', () => {
    // 2000 levels of `0A len ...` around one varint: a naive nested try would be quadratic or worse.
    let inner = hex('0801');
    for (let i = 0; i < 2000; i++) {
      const len = inner.length;
      const prefix = len < 128 ? [0x0a, len] : [0x0a, (len & 0x7f) | 0x80, len >> 7];
      inner = Uint8Array.from([...prefix, ...inner]);
    }
    const tree = walkWire(inner);
    let depth = 0;
    for (let f = tree.fields[0]; f?.len?.message; f = f.len.message.fields[0]) depth++;
    expect(depth).toBe(16);
  });
});
