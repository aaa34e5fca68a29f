import { decodeDeviceDataArray, type DecodeOptions } from './device-data-decode.ts';
import type { ParsedInput } from './payload-input.ts';
import type { ByteRange, DecodedPayload } from './types.ts';

const shift = (r: ByteRange, by: number): ByteRange => ({ start: r.start + by, end: r.end + by });

/**
 * Decodes every message of a parsed input into one result whose offsets point into the whole input (so the
 * hex view and error messages match what the user pasted). With several messages, paths start with
 * `messages[k].`; the first error is `error`, later messages are still decoded (their errors become
 * warnings), because one bad frame in a capture must not hide the rest.
 */
export function decodeMessages(parsed: ParsedInput, options: DecodeOptions = {}): DecodedPayload {
  const out: DecodedPayload = { items: [], warnings: [], unknownFields: [], spans: [] };
  const many = parsed.messages.length > 1 || parsed.framingError !== undefined;
  parsed.messages.forEach((message, k) => {
    const d = decodeDeviceDataArray(message.bytes, options);
    const at = message.offset;
    const prefix = (path: string) => (many ? (path ? `messages[${k}].${path}` : `messages[${k}]`) : path);
    out.items.push(...d.items);
    for (const w of d.warnings)
      out.warnings.push({ ...w, path: prefix(w.path), ...(w.range && { range: shift(w.range, at) }) });
    for (const u of d.unknownFields)
      out.unknownFields.push({ ...u, path: prefix(u.path), range: shift(u.range, at) });
    for (const s of d.spans) {
      out.spans.push({
        ...s,
        path: prefix(s.path),
        range: shift(s.range, at),
        valueRange: shift(s.valueRange, at),
      });
    }
    if (d.error) {
      const offset = d.error.offset + at;
      const path = prefix(d.error.path);
      const message = `byte ${offset}${path ? ` in ${path}` : ''}: expected ${d.error.expected}, found ${d.error.found}`;
      const error = {
        ...d.error,
        offset,
        path,
        message: d.error.code === 'not-a-payload' ? d.error.message : message,
      };
      if (!out.error) out.error = error;
      else out.warnings.push({ path, message: error.message, range: { start: offset, end: offset + 1 } });
    }
  });
  if (parsed.framingError) {
    if (!out.error) out.error = parsed.framingError;
    else out.warnings.push({ path: parsed.framingError.path, message: parsed.framingError.message });
  }
  return out;
}
