import { describe, expect, it } from 'vitest';
import type { RequestMeta } from '../../../main/services/captures/record-types.ts';
import { parseSelection } from '../../../main/services/replay/record-filter.ts';

const DEV_A = '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1';
const meta = (seq: number, devices: string[] = []) => ({ seq, devices }) as unknown as RequestMeta;
const pick = (text: string, metas: RequestMeta[]) => metas.filter(parseSelection(text)).map((m) => m.seq);
const ten = Array.from({ length: 10 }, (_, i) => meta(i + 1, i % 2 ? [DEV_A] : []));

describe('replay selection', () => {
  it('selects single sequence numbers, ranges and open ranges', () => {
    expect(pick('3', ten)).toEqual([3]);
    expect(pick('2-4,9', ten)).toEqual([2, 3, 4, 9]);
    expect(pick('8-', ten)).toEqual([8, 9, 10]);
  });

  it('selects by device GUID in any letter case', () => {
    expect(pick(`device:${DEV_A.toUpperCase()}`, ten)).toEqual([2, 4, 6, 8, 10]);
  });

  it('explains what it could not read', () => {
    expect(() => parseSelection('abc')).toThrow('expected 7, 3-10, 5- or device:<guid>');
    expect(() => parseSelection('9-3')).toThrow('ends before it starts');
    expect(() => parseSelection(' , ')).toThrow('empty selection');
  });
});
