import { describe, expect, it } from 'vitest';
import { parsePayloadInput, PayloadError, type InputOptions } from '../../../shared/realtime/index.ts';
import { hex, loadVectors, toHex } from './fixtures.ts';

const HEX = loadVectors()[0]!.hex;
const bytes = hex(HEX);

function errorOf(input: string | Uint8Array, options?: InputOptions): PayloadError['info'] {
  try {
    parsePayloadInput(input, options);
  } catch (e) {
    expect(e).toBeInstanceOf(PayloadError);
    return (e as PayloadError).info;
  }
  throw new Error('expected a PayloadError');
}

describe('parsePayloadInput', () => {
  it.each([
    ['plain upper-case hex', HEX],
    ['lower-case hex', HEX.toLowerCase()],
    ['spaced hex', HEX.match(/../g)!.join(' ')],
    ['colon hex', HEX.match(/../g)!.join(':')],
    ['dashed hex', HEX.match(/../g)!.join('-')],
    [
      '0x-prefixed bytes',
      HEX.match(/../g)!
        .map((b) => `0x${b}`)
        .join(', '),
    ],
    ['one 0x prefix', `0x${HEX}`],
    ['hex with line breaks', HEX.match(/.{1,32}/g)!.join('\r\n')],
    ['base64', Buffer.from(bytes).toString('base64')],
    ['base64url without padding', Buffer.from(bytes).toString('base64url')],
    ['a decimal list', [...bytes].join(', ')],
    ['a bracketed decimal list', `[${[...bytes].join(' ')}]`],
  ])('reads %s', (_name, text) => {
    const parsed = parsePayloadInput(text);
    expect(toHex(parsed.bytes)).toBe(HEX);
    expect(parsed.messages).toEqual([{ offset: 0, bytes: parsed.bytes }]);
  });

  it('reports the detected format', () => {
    expect(parsePayloadInput(HEX).format).toBe('hex');
    expect(parsePayloadInput('AQID').format).toBe('base64');
    expect(parsePayloadInput('10, 90, 10').format).toBe('decimal');
    expect(parsePayloadInput('10 90 10').format).toBe('hex');
    expect(parsePayloadInput(bytes).format).toBe('binary');
  });

  it('lets an explicit format override detection', () => {
    expect([...parsePayloadInput('10 90 10', { format: 'decimal' }).bytes]).toEqual([10, 90, 10]);
    expect([...parsePayloadInput('ABCD', { format: 'base64' }).bytes]).toEqual([0, 16, 131]);
  });

  it('reads raw bytes as binary unless they are printable text', () => {
    expect(parsePayloadInput(bytes).bytes).toBe(bytes);
    const text = new TextEncoder().encode(`${HEX}\n`);
    expect(parsePayloadInput(text)).toMatchObject({ format: 'hex' });
    expect(parsePayloadInput(text, { format: 'binary' }).bytes).toBe(text);
  });

  it('names the bad character and its position', () => {
    const bad = `${HEX.slice(0, 14)}g${HEX.slice(15)}`;
    expect(errorOf(bad)).toMatchObject({
      code: 'bad-input',
      offset: 14,
      message: "character 'g' at position 14 is not hex",
    });
    expect(errorOf('0A 5A\n0A 1Z').message).toBe(
      "character 'Z' at position 10 (line 2, column 5) is not hex",
    );
    expect(errorOf('10, 90, 300').message).toBe('number 300 at position 8 is not a byte (0-255)');
    expect(errorOf('AQI*D', { format: 'base64' }).message).toBe("character '*' at position 3 is not base64");
  });

  it('refuses hex with an incomplete byte', () => {
    expect(errorOf('0A5A0').message).toContain('odd number of digits');
    expect(errorOf('0A 5 5A').offset).toBe(3);
  });

  it('refuses text that is not a payload at all', () => {
    expect(errorOf('Hello, this is not a payload!').code).toBe('bad-input');
  });

  it('skips leading bytes', () => {
    const parsed = parsePayloadInput(`DEADBEEF${HEX}`, { skip: 4 });
    expect(parsed.messages[0]!.offset).toBe(4);
    expect(toHex(parsed.messages[0]!.bytes)).toBe(HEX);
    expect(errorOf('0A0B', { skip: 3 }).message).toContain('cannot skip 3');
  });

  it('splits a varint length-delimited stream', () => {
    const parsed = parsePayloadInput(`5C${HEX}5C${HEX}00`, { framing: 'delimited' });
    expect(parsed.messages.map((m) => [m.offset, m.bytes.length])).toEqual([
      [1, 92],
      [94, 92],
      [187, 0],
    ]);
    expect(parsed.framingError).toBeUndefined();
  });

  it('keeps the complete messages before a cut-off frame', () => {
    const parsed = parsePayloadInput(`5C${HEX}5C${HEX.slice(0, 20)}`, { framing: 'delimited' });
    expect(parsed.messages).toHaveLength(1);
    expect(parsed.framingError).toMatchObject({ code: 'length-past-end', offset: 93, path: 'messages[1]' });
  });

  it('splits gRPC frames and refuses compressed ones', () => {
    const parsed = parsePayloadInput(`000000005C${HEX}`, { framing: 'grpc' });
    expect(parsed.messages).toEqual(
      [{ offset: 5, bytes: bytes }].map((m) => ({ ...m, bytes: parsed.bytes.subarray(5) })),
    );
    expect(parsePayloadInput(`010000005C${HEX}`, { framing: 'grpc' }).framingError).toMatchObject({
      code: 'bad-value',
      found: expect.stringContaining('compressed'),
    });
    expect(parsePayloadInput('000000', { framing: 'grpc' }).framingError).toMatchObject({
      code: 'truncated',
    });
  });

  it('reads empty input as no bytes', () => {
    expect(parsePayloadInput('')).toMatchObject({ format: 'hex', bytes: new Uint8Array() });
    expect(parsePayloadInput(new Uint8Array()).bytes).toHaveLength(0);
  });
});
