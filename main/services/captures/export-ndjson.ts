import { decodeSafely, type DecodePayload } from './decode-summary.ts';
import { payloadToJson } from '../../../shared/realtime/index.ts';
import { formatReceiveTime } from './receive-time.ts';
import type { CaptureEntry, CaptureRecord } from './record-types.ts';
import { TextSink, type WriteText } from './text-sink.ts';

/** Counts of what an export wrote. */
export interface ExportResult {
  sessions: number;
  records: number;
  issues: number;
}

/**
 * Writes a capture as NDJSON, one JSON object per line: `{"type":"session",...}`, `{"type":"request",...}`
 * with the body as base64 plus the decoded items (as `decode --json` shows them), and `{"type":"issue",...}`
 * for damage found. Streams: memory stays flat for any capture size. `captures import` reads it back.
 */
export async function exportNdjson(
  entries: AsyncIterable<CaptureEntry>,
  decode: DecodePayload,
  write: WriteText,
): Promise<ExportResult> {
  const sink = new TextSink(write);
  const result: ExportResult = { sessions: 0, records: 0, issues: 0 };
  for await (const entry of entries) {
    if (entry.type === 'session') {
      result.sessions += 1;
      await sink.push(`${JSON.stringify({ type: 'session', ...entry.session })}\n`);
    } else if (entry.type === 'request') {
      result.records += 1;
      await sink.push(`${JSON.stringify(ndjsonRequest(entry.record, decode))}\n`);
    } else {
      result.issues += 1;
      await sink.push(`${JSON.stringify({ type: 'issue', ...entry.issue })}\n`);
    }
  }
  await sink.flush();
  return result;
}

/** One request as an NDJSON object (exported so `listen --json` could share the shape). */
export function ndjsonRequest(record: CaptureRecord, decode: DecodePayload): Record<string, unknown> {
  const { body, ...meta } = record;
  const { decoded } = decodeSafely(decode, body);
  return {
    type: 'request',
    receivedAt: formatReceiveTime(record),
    ...meta,
    bodyBase64: Buffer.from(body).toString('base64'),
    items: decoded ? payloadToJson(decoded).items : [],
  };
}
