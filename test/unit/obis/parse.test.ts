import { describe, expect, it } from 'vitest';
import { ObisParseError, parseObis, tryParseObis } from '../../../shared/obis/index.ts';

const ENERGY = { a: 1, b: 0, c: 1, d: 8, e: 0, f: 255 };

describe('parseObis', () => {
  it.each([
    '1-0:1.8.0*255',
    '1-0:1.8.0',
    '1-0:1.8.0.255',
    '1-0:1.8.0&255',
    '1.0.1.8.0.255',
    '0100010800FF',
    '0100010800ff',
    '0x0100010800FF',
    '01-00-01-08-00-FF',
    '01 00 01 08 00 FF',
    '01:00:01:08:00:ff',
    '01.00.01.08.00.FF',
    '  1-0:1.8.0*255\n',
  ])('reads %j as 1-0:1.8.0*255 without assuming A and B', (text) => {
    expect(parseObis(text)).toEqual({ ...ENERGY, abAssumed: false });
  });

  it.each(['1.8.0', '1.8.0*255', '1.8.0.255'])(
    'reads the short form %j with A=1, B=0 flagged as assumed',
    (text) => {
      expect(parseObis(text)).toEqual({ ...ENERGY, abAssumed: true });
    },
  );

  it('reads the smart-me switch codes from the REST API', () => {
    expect(parseObis('63000C0102FF')).toMatchObject({ a: 99, b: 0, c: 12, d: 1, e: 2, f: 255 });
  });

  it('keeps a billing period given after the star', () => {
    expect(parseObis('1-0:1.8.0*3')).toMatchObject({ f: 3 });
  });

  it.each([
    ['', /empty/],
    ['   ', /empty/],
    ['1-0:1.8', /expected A-B:C\.D\.E\*F/],
    ['hello', /expected A-B:C\.D\.E\*F/],
    ['1-0:1.8.256', /value group E is 256.*0-255/],
    ['300-0:1.8.0', /value group A is 300/],
    ['01000108FF', /10 hex digits.*12 \(6 bytes\)/],
    ['0100010800FF00', /14 hex digits/],
    ['01-00-01-08-00', /expected/],
    ['1-0:1.8.0*255*1', /expected/],
  ])('refuses %j with a message saying what is wrong', (text, message) => {
    expect(() => parseObis(text)).toThrow(ObisParseError);
    expect(() => parseObis(text)).toThrow(message);
  });

  it('names the rejected input and a stable code in the error', () => {
    const result = tryParseObis('1-0:1.8.999');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('OBIS_INVALID');
    expect(result.error.input).toBe('1-0:1.8.999');
    expect(result.error.message).toContain('"1-0:1.8.999" is not an OBIS code');
  });

  it('tryParseObis returns the code for valid input', () => {
    expect(tryParseObis('1.8.0')).toEqual({ ok: true, value: { ...ENERGY, abAssumed: true } });
  });
});
