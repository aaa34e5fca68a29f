import { walkWire, type FieldSpan, type WireField } from '../../../shared/realtime/index.ts';
import type { WireNode } from '../../../shared/contract/calls/decoder-schemas.ts';
import { meaningOf } from './wire-meaning.ts';
import { readingsOf } from './wire-readings.ts';

/** Most nodes sent to the view; a tree that large is unreadable anyway and the hex pane shows every byte. */
export const MAX_WIRE_NODES = 5000;
/** Payloads larger than this get no tree (the walk keeps hex text per level: memory grows with depth). */
export const MAX_TREE_BYTES = 1024 * 1024;

/** Schema field names whose LEN bytes are values, not messages: their accidental nested parse is not drawn. */
const SCHEMA_LEAVES = new Set(['Obis']);

/** The messages of a parsed input (offsets into the whole input). */
export interface TreeInput {
  bytes: Uint8Array;
  messages: { offset: number; bytes: Uint8Array }[];
  /** The DeviceDataArray decoder's spans (offsets into the whole input): give fields their schema names. */
  spans: readonly FieldSpan[];
}

const key = (start: number, end: number, field: number) => `${start}:${end}:${field}`;

/**
 * The schema-less wire tree of every message, flattened in pre-order with parent links, named by the
 * DeviceDataArray schema where it knows the field. Byte ranges point into the whole input so the hex pane
 * and the tree link both ways. Bounded: at most MAX_WIRE_NODES nodes, none for payloads over MAX_TREE_BYTES.
 */
export function buildWireTree(input: TreeInput): { nodes: WireNode[]; truncated: boolean } {
  if (input.bytes.length > MAX_TREE_BYTES) return { nodes: [], truncated: true };
  const paths = new Map<string, string>();
  for (const s of input.spans) paths.set(key(s.range.start, s.range.end, s.fieldNumber), s.path);
  const nodes: WireNode[] = [];
  let truncated = false;
  const many = input.messages.length > 1;

  const visit = (
    fields: readonly WireField[],
    parent: number,
    depth: number,
    at: number,
    buf: Uint8Array,
  ) => {
    for (const field of fields) {
      if (nodes.length >= MAX_WIRE_NODES) {
        truncated = true;
        return;
      }
      const range = { start: field.range.start + at, end: field.range.end + at };
      const valueRange = { start: field.valueRange.start + at, end: field.valueRange.end + at };
      const path = paths.get(key(range.start, range.end, field.fieldNumber)) ?? null;
      nodes.push({
        parent,
        depth,
        fieldNumber: field.fieldNumber,
        wireType: field.wireTypeName,
        range,
        valueRange,
        path,
        meaning: meaningOf(path, field, buf),
        readings: readingsOf(field),
      });
      const nested = field.len?.message;
      const leaf = path !== null && SCHEMA_LEAVES.has(path.slice(path.lastIndexOf('.') + 1));
      if (nested && !leaf) visit(nested.fields, nodes.length - 1, depth + 1, at, buf);
    }
  };

  input.messages.forEach((message, k) => {
    let parent = -1;
    let depth = 0;
    if (many) {
      const range = { start: message.offset, end: message.offset + message.bytes.length };
      nodes.push({
        parent: -1,
        depth: 0,
        fieldNumber: 0,
        wireType: 'MESSAGE',
        range,
        valueRange: range,
        path: `messages[${k}]`,
        meaning: `${message.bytes.length} bytes`,
        readings: [],
      });
      parent = nodes.length - 1;
      depth = 1;
    }
    visit(walkWire(message.bytes).fields, parent, depth, message.offset, message.bytes);
  });
  return { nodes, truncated };
}
