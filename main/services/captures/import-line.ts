import type { DecodeSummary } from './decode-summary.ts';
import type { RequestMeta, SessionMeta } from './record-types.ts';
import { buildRequestMeta, buildSessionMeta } from './record-meta.ts';
import { redactHeaderPairs } from './redact-headers.ts';

const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isHeaderPair = (v: unknown): v is [string, string] =>
  Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string';

/** A session line back as session metadata; missing fields get honest defaults. */
export function parseImportedSession(json: Record<string, unknown>, nextSeq: number): SessionMeta {
  const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);
  const session: SessionMeta = {
    name: text(json.name, 'imported'),
    started: text(json.started, new Date(0).toISOString()),
    firstSeq: isInt(json.firstSeq) ? json.firstSeq : nextSeq,
    tool: text(json.tool, 'meterscope'),
  };
  if (typeof json.listenerUrl === 'string') session.listenerUrl = json.listenerUrl;
  if (typeof json.publicUrl === 'string') session.publicUrl = json.publicUrl;
  return buildSessionMeta(session);
}

/**
 * A request line back as metadata + body. Only `bodyBase64` is required; stored fields are kept exactly
 * (a re-import of an export is byte-identical), anything missing is filled in (decode status by decoding,
 * the receive time with the import time).
 * Returns the reason as a string when the line cannot be used.
 */
export function parseImportedRequest(
  json: Record<string, unknown>,
  nextSeq: number,
  decode: (body: Uint8Array) => { summary: DecodeSummary },
  importedAt: number,
): { meta: RequestMeta; body: Uint8Array } | string {
  if (typeof json.bodyBase64 !== 'string') return 'no bodyBase64 field';
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(json.bodyBase64)) return 'bodyBase64 is not base64';
  const body = new Uint8Array(Buffer.from(json.bodyBase64, 'base64'));
  const given = json.decode === 'ok' || json.decode === 'error' || json.decode === 'failed';
  const summary: DecodeSummary = given
    ? {
        decode: json.decode as DecodeSummary['decode'],
        devices: Array.isArray(json.devices) ? json.devices.filter((d) => typeof d === 'string') : [],
        itemCount: isInt(json.itemCount) ? json.itemCount : 0,
      }
    : decode(body).summary;
  if (given && isStoredError(json.error)) summary.error = json.error;
  const ms = isInt(json.ms) ? json.ms : Date.parse(String(json.receivedAt ?? ''));
  const meta = buildRequestMeta({
    seq: isInt(json.seq) ? json.seq : nextSeq,
    ms: Number.isFinite(ms) ? ms : importedAt,
    ns: isInt(json.ns) && json.ns < 1_000_000 ? json.ns : 0,
    remote: typeof json.remote === 'string' ? json.remote : '',
    remotePort: isInt(json.remotePort) ? json.remotePort : 0,
    method: typeof json.method === 'string' ? json.method : 'POST',
    headers: redactHeaderPairs(Array.isArray(json.headers) ? json.headers.filter(isHeaderPair) : []),
    ...summary,
  });
  return { meta, body };
}

function isStoredError(v: unknown): v is RequestMeta['error'] & object {
  if (typeof v !== 'object' || v === null) return false;
  const e = v as Record<string, unknown>;
  return typeof e.code === 'string' && typeof e.offset === 'number' && typeof e.message === 'string';
}
