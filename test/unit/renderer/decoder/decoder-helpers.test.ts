import { describe, expect, it } from 'vitest';
import { draftToForm, parseValue, defaultDraft } from '../../../../renderer/features/decoder/builder-form.ts';
import { compareRows, pinLabel, valueText } from '../../../../renderer/features/decoder/compare.ts';
import { fileToInput, looksLikeText } from '../../../../renderer/features/decoder/file-input.ts';
import {
  asciiChar,
  byteHex,
  rowBytes,
  rowCount,
  rowOffset,
} from '../../../../renderer/features/decoder/hex-rows.ts';

describe('hex pane rows', () => {
  it('lays bytes out 16 to a row with offsets and printable ASCII', () => {
    expect(rowCount(0)).toBe(0);
    expect(rowCount(92)).toBe(6);
    expect(rowOffset(5)).toBe('00000050');
    expect(rowBytes(5, 92)).toEqual([80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91]);
    expect(byteHex('0A41FF', 1)).toBe('41');
    expect(asciiChar('0A41FF', 1)).toBe('A');
    expect(asciiChar('0A41FF', 0)).toBe('.');
  });
});

describe('reading a dropped file', () => {
  it('keeps text files as text and shows binary payloads as hex', () => {
    const text = new TextEncoder().encode('0A 5A 0A\n');
    expect(looksLikeText(text)).toBe(true);
    expect(fileToInput(text)).toEqual({ text: '0A 5A 0A\n', format: 'auto' });
    expect(fileToInput(new Uint8Array([0x0a, 0x5a, 0x00, 0xff]))).toEqual({
      text: '0A5A00FF',
      format: 'hex',
    });
    expect(looksLikeText(new Uint8Array())).toBe(false);
  });
});

describe('comparing payloads', () => {
  /** A pinned payload of one item of device d1 with these values. */
  const pinned = (id: number, label: string, values: { obis: string; value: number }[]) => ({
    id,
    label,
    items: [{ deviceId: 'd1', dateTime: '', values }],
  });
  const a = pinned(1, 'a', [
    { obis: 'x', value: 1 },
    { obis: 'y', value: NaN },
  ]);
  const b = pinned(2, 'b', [
    { obis: 'x', value: 2 },
    { obis: 'y', value: NaN },
  ]);
  const c = pinned(3, 'c', [{ obis: 'x', value: 1 }]);

  it('marks the values that differ from the first payload, and the missing ones', () => {
    const rows = compareRows([a, b, c]);
    expect(rows.map((r) => [r.obis, r.differs])).toEqual([
      ['x', [false, true, false]],
      ['y', [false, false, true]],
    ]);
    expect(valueText(rows[1]?.values[2])).toBe('—');
    expect(valueText(-0)).toBe('-0');
    expect(valueText(NaN)).toBe('NaN');
  });

  it('labels a pin by its device and time', () => {
    expect(
      pinLabel(2, [{ deviceId: '3bd0fce9-9f8e', dateTime: '2019-10-16T12:20:44.978Z', values: [] }]),
    ).toBe('#2 3bd0fce9 12:20:44');
    expect(pinLabel(3, [])).toBe('#3');
  });
});

describe('the payload builder form', () => {
  it('reads numbers (comma decimals, NaN and Infinity on purpose) and names the first bad row', () => {
    expect(parseValue('24,19')).toBe(24.19);
    expect(parseValue('NaN')).toBeNaN();
    expect(parseValue('-Infinity')).toBe(-Infinity);
    expect(parseValue('abc')).toBeUndefined();
    const draft = defaultDraft(new Date('2024-01-01T00:00:00Z'));
    expect(draftToForm(draft)).toMatchObject({ form: { time: '2024-01-01T00:00:00.000Z' } });
    draft.rows.push({ obis: '1.8.0', value: 'x' });
    expect(draftToForm(draft)).toEqual({ badRow: 2 });
  });
});
