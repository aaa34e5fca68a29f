import { describe, expect, it } from 'vitest';
import { DelimitedSplitter } from '../../../shared/realtime/index.ts';
import { concat, hex, loadVectors, toHex } from './fixtures.ts';

const message = hex(loadVectors()[0]!.hex);
const big = new Uint8Array(1000).fill(7);
const stream = concat([0x5c], message, [0xe8, 0x07], big, [0x5c], message);

describe('DelimitedSplitter', () => {
  it.each([1, 2, 3, 7, 64, 5000])('splits a stream pushed in chunks of %i bytes', (size) => {
    const splitter = new DelimitedSplitter();
    const got: string[] = [];
    for (let i = 0; i < stream.length; i += size) {
      for (const m of splitter.push(stream.subarray(i, i + size))) got.push(toHex(m));
    }
    expect(splitter.end()).toBeUndefined();
    expect(got).toEqual([toHex(message), toHex(big), toHex(message)]);
    expect(splitter.count).toBe(3);
  });

  it('reports a message cut off at the end of the stream with its offset', () => {
    const splitter = new DelimitedSplitter();
    expect(splitter.push(stream.subarray(0, 200))).toHaveLength(1);
    expect(splitter.end()).toMatchObject({ code: 'truncated', offset: 93, path: 'messages[1]' });
  });

  it('stops at a length prefix that cannot be a message length', () => {
    const splitter = new DelimitedSplitter();
    splitter.push(hex('FFFFFFFFFFFFFFFFFF01'));
    expect(splitter.end()).toMatchObject({ code: 'varint-overflow', offset: 0 });
  });
});
