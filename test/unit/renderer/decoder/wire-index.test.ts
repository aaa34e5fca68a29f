import { describe, expect, it } from 'vitest';
import type { WireNode } from '../../../../shared/contract/calls/decoder-schemas.ts';
import { inRange, nodeLabel, WireIndex } from '../../../../renderer/features/decoder/wire-index.ts';

const node = (parent: number, depth: number, start: number, end: number, path: string | null): WireNode => ({
  parent,
  depth,
  fieldNumber: 1,
  wireType: 'LEN',
  range: { start, end },
  valueRange: { start: start + 2, end },
  path,
  meaning: null,
  readings: [],
});

// DeviceDataItems[0] (0..20) > DeviceId (2..10) > lo (4..10); DateTime (10..20); then 2 skipped bytes.
const nodes = [
  node(-1, 0, 0, 20, 'DeviceDataItems[0]'),
  node(0, 1, 2, 10, 'DeviceDataItems[0].DeviceId'),
  node(1, 2, 4, 10, 'DeviceDataItems[0].DeviceId.lo'),
  node(0, 1, 10, 20, null),
];

describe('the wire index linking hex bytes and tree fields', () => {
  const index = new WireIndex(nodes, 22);

  it('finds the deepest field under each byte, and none outside every field', () => {
    expect([0, 2, 4, 9, 10, 19].map((b) => index.deepestAt(b))).toEqual([0, 1, 2, 2, 3, 3]);
    expect(index.deepestAt(21)).toBe(-1);
    expect(index.deepestAt(-1)).toBe(-1);
  });

  it('lists ancestors outermost first, and the visible fields for what is expanded', () => {
    expect(index.ancestors(2)).toEqual([0, 1]);
    expect(index.visible(new Set())).toEqual([0]);
    expect(index.visible(new Set([0]))).toEqual([0, 1, 3]);
    expect(index.visible(new Set([0, 1]))).toEqual([0, 1, 2, 3]);
    expect([...index.initialExpanded()].sort()).toEqual([0, 1]);
  });

  it('names fields by the schema where known, by number otherwise', () => {
    expect(nodeLabel(nodes[1]!)).toBe('DeviceId');
    expect(nodeLabel(nodes[3]!)).toBe('field 1');
    expect(inRange({ start: 2, end: 4 }, 3)).toBe(true);
    expect(inRange({ start: 2, end: 4 }, 4)).toBe(false);
    expect(inRange(null, 0)).toBe(false);
  });
});
