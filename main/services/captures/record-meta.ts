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

// A listener registered for a whole account gets the same device list with every push: its JSON is kept.
let lastDevices: readonly string[] = [];
let lastDevicesJson = '[]';

function devicesJson(devices: readonly string[]): string {
  let same = devices.length === lastDevices.length;
  for (let i = 0; same && i < devices.length; i++) same = devices[i] === lastDevices[i];
  if (!same) {
    lastDevices = devices.slice();
    lastDevicesJson = JSON.stringify(devices);
  }
  return lastDevicesJson;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

/**
 * Exactly JSON.stringify(meta) for metadata built by buildRequestMeta (same keys, same order), with the
 * device list's JSON reused while it repeats: the writer serialises one of these per webhook.
 */
export function requestMetaJson(meta: RequestMeta): string {
  const error = meta.error ? `,"error":${JSON.stringify(meta.error)}` : '';
  return (
    `{"seq":${num(meta.seq)},"ms":${num(meta.ms)},"ns":${num(meta.ns)},"remote":${JSON.stringify(meta.remote)},` +
    `"remotePort":${num(meta.remotePort)},"method":${JSON.stringify(meta.method)},` +
    `"headers":${JSON.stringify(meta.headers)},"decode":${JSON.stringify(meta.decode)},` +
    `"devices":${devicesJson(meta.devices)},"itemCount":${num(meta.itemCount)}${error}}`
  );
}
