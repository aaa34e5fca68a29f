import type { WireNode } from '../../../shared/contract/calls/decoder-schemas.ts';

/** A byte range [start, end). */
export interface Range {
  start: number;
  end: number;
}

/**
 * Fast look-ups over the flattened wire tree that link the hex pane and the tree both ways: the deepest
 * field at a byte (hover a byte → its field), the children and ancestors of a field (expand the path to
 * it). Built once per decode; the byte map makes every hover O(1).
 */
export class WireIndex {
  readonly nodes: readonly WireNode[];
  readonly children: number[][];
  readonly roots: number[];
  readonly #atByte: Int32Array;

  constructor(nodes: readonly WireNode[], byteLength: number) {
    this.nodes = nodes;
    this.children = nodes.map(() => []);
    this.roots = [];
    this.#atByte = new Int32Array(byteLength).fill(-1);
    nodes.forEach((node, i) => {
      if (node.parent >= 0) this.children[node.parent]?.push(i);
      else this.roots.push(i);
      // Pre-order: a child is visited after its parent and overwrites it, so each byte ends at its deepest field.
      const end = Math.min(node.range.end, byteLength);
      for (let b = Math.max(0, node.range.start); b < end; b++) this.#atByte[b] = i;
    });
  }

  /** The deepest field containing byte `offset`, or -1 (a skipped header, bytes after an error). */
  deepestAt(offset: number): number {
    return offset >= 0 && offset < this.#atByte.length ? (this.#atByte[offset] ?? -1) : -1;
  }

  /** The ancestors of a field, outermost first (the fields to expand to show it). */
  ancestors(index: number): number[] {
    const out: number[] = [];
    for (let p = this.nodes[index]?.parent ?? -1; p >= 0; p = this.nodes[p]?.parent ?? -1) out.unshift(p);
    return out;
  }

  /** The fields shown when `expanded` are open, in display order. */
  visible(expanded: ReadonlySet<number>): number[] {
    const out: number[] = [];
    const walk = (list: readonly number[]) => {
      for (const i of list) {
        out.push(i);
        if (expanded.has(i)) walk(this.children[i] ?? []);
      }
    };
    walk(this.roots);
    return out;
  }

  /** A sensible first view: everything open for small trees, the top levels for large ones. */
  initialExpanded(): Set<number> {
    const maxDepth = this.nodes.length <= 400 ? Infinity : 1;
    const open = new Set<number>();
    this.nodes.forEach((n, i) => {
      if (n.depth <= maxDepth && (this.children[i]?.length ?? 0) > 0) open.add(i);
    });
    return open;
  }
}

/** The name a field is shown under: the schema's name where known (`DeviceId`), else `field 3`. */
export function nodeLabel(node: WireNode): string {
  if (node.path) {
    const last = node.path.slice(node.path.lastIndexOf('.') + 1);
    return last;
  }
  return `field ${node.fieldNumber}`;
}

/** True when byte `offset` lies in `range`. */
export function inRange(range: Range | null | undefined, offset: number): boolean {
  return !!range && offset >= range.start && offset < range.end;
}
