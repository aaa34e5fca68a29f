import { bytesToHex, type FieldSpan, type WireField, type WireMessage } from '../../shared/realtime/index.ts';

const MAX_TEXT = 60;

function short(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/** Every reading of a field on one line, as `--raw` shows it (no reading is picked over another). */
function readings(f: WireField): string {
  if (f.varint) {
    const v = f.varint;
    return `uint ${v.unsigned} · int ${v.signed} · sint ${v.zigzag} · bool ${v.bool}`;
  }
  if (f.fixed64) return `uint64 ${f.fixed64.uint64} · int64 ${f.fixed64.int64} · double ${f.fixed64.double}`;
  if (f.fixed32) return `uint32 ${f.fixed32.uint32} · int32 ${f.fixed32.int32} · float ${f.fixed32.float}`;
  const len = f.len;
  if (!len) return '';
  const parts = [`${len.length} bytes ${short(len.hex)}`];
  if (len.utf8 !== undefined && len.length > 0) parts.push(`text ${JSON.stringify(short(len.utf8))}`);
  if (len.message) parts.push(`message (${len.message.fields.length} fields)`);
  return parts.join(' · ');
}

/**
 * The `--raw` wire tree: each field with its byte range (in the whole input), number, wire type and every
 * reading; fields the schema decoder recognised carry its name, so the two views line up.
 */
export function formatWireTree(tree: WireMessage, offset: number, spans: readonly FieldSpan[]): string {
  const names = new Map(spans.map((s) => [`${s.range.start}:${s.range.end}`, s.path]));
  let out = '';
  const walk = (m: WireMessage, depth: number) => {
    for (const f of m.fields) {
      const start = f.range.start + offset;
      const end = f.range.end + offset;
      const name = names.get(`${start}:${end}`);
      const pad = '  '.repeat(depth);
      out += `${pad}[${start}..${end}) #${f.fieldNumber} ${f.wireTypeName}${name ? ` ${name}` : ''}: ${readings(f)}\n`;
      if (f.len?.message) walk(f.len.message, depth + 1);
    }
  };
  walk(tree, 0);
  if (tree.fields.length === 0 && !tree.error) out += '(no fields)\n';
  return out;
}

/** Hex of the bytes a raw tree did not cover (after an error), so nothing received is hidden. */
export function restHex(bytes: Uint8Array, from: number): string {
  return from < bytes.length ? bytesToHex(bytes, from) : '';
}
