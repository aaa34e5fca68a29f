import { describe, expect, it } from 'vitest';
import { forEachInSlices } from '../../../main/services/api/in-slices.ts';

describe('forEachInSlices', () => {
  it('visits every index in order, with other work running between slices', async () => {
    const seen: number[] = [];
    const order: string[] = [];
    const done = forEachInSlices(1200, (i) => void seen.push(i)).then(() => order.push('all visited'));
    setImmediate(() => order.push('other work'));
    await done;
    expect(seen).toEqual([...Array(1200).keys()]);
    expect(order).toEqual(['other work', 'all visited']);
  });

  it('stops at the first exception', async () => {
    const seen: number[] = [];
    const visit = (i: number) => {
      if (i === 700) throw new Error('bad item 700');
      seen.push(i);
    };
    await expect(forEachInSlices(1000, visit)).rejects.toThrow('bad item 700');
    expect(seen).toHaveLength(700);
  });
});
