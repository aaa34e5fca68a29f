import { describe, expect, it } from 'vitest';
import { mapInSlices } from '../../../../main/simulator/http/map-in-slices.ts';

describe('mapInSlices', () => {
  it('maps every item in order', async () => {
    const items = Array.from({ length: 1000 }, (_, i) => i);
    expect(await mapInSlices(items, (i) => i * 2)).toEqual(items.map((i) => i * 2));
  });

  it('lets other work run between slices of a long list', async () => {
    let clock = 0;
    const order: string[] = [];
    const items = Array.from({ length: 640 }, (_, i) => i);
    // Every clock reading is 1 ms later: a slice of 4 ms ends after a few checks.
    const done = mapInSlices(
      items,
      (i) => (i === 639 && order.push('last item'), i),
      () => clock++,
      4,
    );
    setImmediate(() => order.push('other request'));
    await done;
    expect(order).toEqual(['other request', 'last item']);
  });

  it('does not yield while a slice is short', async () => {
    const order: string[] = [];
    const done = mapInSlices(
      Array.from({ length: 640 }, (_, i) => i),
      (i) => (i === 639 && order.push('last item'), i),
      () => 0,
    );
    setImmediate(() => order.push('other request'));
    await done;
    expect(order).toEqual(['last item']);
  });
});
