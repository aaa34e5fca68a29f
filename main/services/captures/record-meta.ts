import type { DecodeSummary } from './decode-summary.ts';
import type { RequestMeta, SessionMeta } from './record-types.ts';

/**
 * Builds request metadata with its keys in one fixed order. The writer and the NDJSON import both use it,
 * so importing an export reproduces the original capture byte for byte.
 */
export function buildRequestMeta(
  fields: Omit<RequestMeta, keyof DecodeSummary | 'error'> & DecodeSummary,
): RequestMeta {
  const meta: RequestMeta = {
    seq: fields.seq,
    ms: fields.ms,
    ns: fields.ns,
    remote: fields.remote,
    remotePort: fields.remotePort,
    method: fields.method,
    headers: fields.headers,
    decode: fields.decode,
    devices: fields.devices,
    itemCount: fields.itemCount,
  };
  if (fields.error) meta.error = fields.error;
  return meta;
}

/** Session metadata with its keys in one fixed order (same reason as buildRequestMeta). */
export function buildSessionMeta(s: SessionMeta): SessionMeta {
  const meta: SessionMeta = { name: s.name } as SessionMeta;
  if (s.listenerUrl !== undefined) meta.listenerUrl = s.listenerUrl;
  if (s.publicUrl !== undefined) meta.publicUrl = s.publicUrl;
  meta.started = s.started;
  meta.firstSeq = s.firstSeq;
  meta.tool = s.tool;
  return meta;
}
