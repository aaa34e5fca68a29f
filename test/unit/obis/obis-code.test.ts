import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatObis,
  isObisCode,
  obisFromBytes,
  obisToBytes,
  obisToHex,
  parseObis,
  type ObisCode,
} from '../../../shared/obis/index.ts';

const byte = fc.integer({ min: 0, max: 255 });
const anyCode = fc.record({ a: byte, b: byte, c: byte, d: byte, e: byte, f: byte });
const withoutFlag = ({ a, b, c, d, e, f }: ObisCode): ObisCode => ({ a, b, c, d, e, f });

describe('OBIS code formats', () => {
  it('formats the vendor example both ways', () => {
    const code = obisFromBytes(Uint8Array.of(0x01, 0x00, 0x01, 0x08, 0x00, 0xff));
    expect(formatObis(code)).toBe('1-0:1.8.0*255');
    expect(obisToHex(code)).toBe('0100010800FF');
  });

  it('round-trips every 6-byte code through A-B:C.D.E*F, hex and bytes', () => {
    fc.assert(
      fc.property(anyCode, (code) => {
        expect(withoutFlag(parseObis(formatObis(code)))).toEqual(code);
        expect(withoutFlag(parseObis(obisToHex(code)))).toEqual(code);
        expect(withoutFlag(parseObis(obisToHex(code).match(/../g)!.join('-')))).toEqual(code);
        expect(obisFromBytes(obisToBytes(code))).toEqual(code);
      }),
      { numRuns: 1000 },
    );
  });

  it('refuses OBIS fields that are not 6 bytes, showing the bytes', () => {
    expect(() => obisFromBytes(Uint8Array.of(1, 0, 1, 8, 0))).toThrow(
      /"0100010800".*6 bytes, this one has 5/,
    );
  });

  it('recognises well-formed code objects only', () => {
    expect(isObisCode({ a: 1, b: 0, c: 1, d: 8, e: 0, f: 255 })).toBe(true);
    expect(isObisCode({ a: 1, b: 0, c: 1, d: 8, e: 0, f: 256 })).toBe(false);
    expect(isObisCode({ a: 1, b: 0, c: 1, d: 8, e: 0 })).toBe(false);
    expect(isObisCode({ a: 1.5, b: 0, c: 1, d: 8, e: 0, f: 0 })).toBe(false);
    expect(isObisCode(null)).toBe(false);
  });
});
