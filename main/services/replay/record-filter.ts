import { guidToWireBytes } from '../../../shared/realtime/index.ts';
import type { RequestMeta } from '../captures/record-types.ts';

/** Chooses records to replay by their stored metadata (no body needed). */
export type RecordFilter = (meta: RequestMeta) => boolean;

/**
 * Parses `--select`: comma-separated sequence numbers (`7`), ranges (`3-10`, `5-` open-ended) and device
 * GUIDs (`device:<guid>`). A record matches when any part matches. Throws with the part it could not read.
 */
export function parseSelection(text: string): RecordFilter {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length === 0) throw new Error('empty selection: give sequence numbers, ranges or device:<guid>');
  const tests = parts.map(parsePart);
  return (meta) => tests.some((t) => t(meta));
}

function parsePart(part: string): RecordFilter {
  if (part.startsWith('device:')) {
    const id = part.slice('device:'.length).toLowerCase();
    if (!guidToWireBytes(id)) throw new Error(`"${id}" in selection "${part}" is not a device GUID`);
    return (meta) => meta.devices.includes(id);
  }
  const range = /^(\d+)(?:-(\d*))?$/.exec(part);
  if (!range) throw new Error(`cannot read selection "${part}": expected 7, 3-10, 5- or device:<guid>`);
  const from = Number(range[1]);
  const to = range[2] === undefined ? from : range[2] === '' ? Infinity : Number(range[2]);
  if (to < from) throw new Error(`selection "${part}" ends before it starts`);
  return (meta) => meta.seq >= from && meta.seq <= to;
}
