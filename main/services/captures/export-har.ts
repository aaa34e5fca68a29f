import { decodeSafely, type DecodePayload } from './decode-summary.ts';
import type { ExportResult } from './export-ndjson.ts';
import { payloadToJson } from '../../../shared/realtime/index.ts';
import type { CaptureEntry, CaptureRecord } from './record-types.ts';
import { TextSink, type WriteText } from './text-sink.ts';

/** Used as the request URL when a capture names no listener URL. */
const FALLBACK_URL = 'http://127.0.0.1/[secret]';

/**
 * Writes a capture as a HAR 1.2 log, so browser dev tools and HTTP tooling can open it: one entry per
 * request, the body as base64 postData (`encoding: "base64"`), the 200 we answered, and the decoded items
 * under `_meterscope`. Streams the entries array, so memory stays flat for any capture size.
 */
export async function exportHar(
  entries: AsyncIterable<CaptureEntry>,
  decode: DecodePayload,
  write: WriteText,
  tool = { name: 'meterscope', version: '0.1.0' },
): Promise<ExportResult> {
  const sink = new TextSink(write);
  const result: ExportResult = { sessions: 0, records: 0, issues: 0 };
  await sink.push(`{"log":{"version":"1.2","creator":${JSON.stringify(tool)},"pages":[],"entries":[`);
  let url = FALLBACK_URL;
  for await (const entry of entries) {
    if (entry.type === 'session') {
      result.sessions += 1;
      url = entry.session.publicUrl ?? entry.session.listenerUrl ?? FALLBACK_URL;
    } else if (entry.type === 'issue') {
      result.issues += 1;
    } else {
      const json = JSON.stringify(harEntry(entry.record, url, decode));
      await sink.push(result.records === 0 ? `\n${json}` : `,\n${json}`);
      result.records += 1;
    }
  }
  await sink.push('\n]}}\n');
  await sink.flush();
  return result;
}

function harEntry(record: CaptureRecord, url: string, decode: DecodePayload) {
  const headers = record.headers.map(([name, value]) => ({ name, value }));
  const mimeType =
    record.headers.find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? 'application/octet-stream';
  const { decoded } = decodeSafely(decode, record.body);
  return {
    startedDateTime: new Date(record.ms).toISOString(),
    time: 0,
    request: {
      method: record.method,
      url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers,
      queryString: [],
      postData: { mimeType, text: Buffer.from(record.body).toString('base64'), encoding: 'base64' },
      headersSize: -1,
      bodySize: record.body.length,
    },
    response: {
      status: 200,
      statusText: 'OK',
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: [],
      content: { size: 0, mimeType: 'text/plain' },
      redirectURL: '',
      headersSize: -1,
      bodySize: -1,
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
    comment: `seq ${record.seq}, from ${record.remote}, decode ${record.decode}`,
    _meterscope: {
      seq: record.seq,
      ns: record.ns,
      decode: record.decode,
      error: record.error,
      items: decoded ? payloadToJson(decoded).items : [],
    },
  };
}
