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

// A listener writes one of these per webhook, and from one sender most fields repeat: the device list (an
// account-wide registration sends the same devices every time), the headers, the address, the millisecond
// of bursts. Their JSON texts are kept while they repeat.
let lastDevices: readonly string[] = [];
let lastDevicesJson = '[]';
let lastHeaders: readonly (readonly [string, string])[] = [];
let lastHeadersJson = '[]';
let lastRemote = '';
let lastRemoteJson = '""';
let lastMethod = '';
let lastMethodJson = '""';
let lastMs = NaN;
let lastMsText = 'null';

function devicesJson(devices: readonly string[]): string {
  let same = devices.length === lastDevices.length;
  for (let i = 0; same && i < devices.length; i++) same = devices[i] === lastDevices[i];
  if (!same) {
    lastDevices = devices.slice();
    lastDevicesJson = JSON.stringify(devices);
  }
  return lastDevicesJson;
}

function headersJson(headers: readonly (readonly [string, string])[]): string {
  let same = headers.length === lastHeaders.length;
  for (let i = 0; same && i < headers.length; i++) {
    const a = headers[i] as readonly [string, string];
    const b = lastHeaders[i] as readonly [string, string];
    same = a[0] === b[0] && a[1] === b[1];
  }
  if (!same) {
    lastHeaders = headers.map(([name, value]) => [name, value] as const);
    lastHeadersJson = JSON.stringify(headers);
  }
  return lastHeadersJson;
}

function stringJson(text: string, which: 'remote' | 'method'): string {
  if (which === 'remote') {
    if (text !== lastRemote) [lastRemote, lastRemoteJson] = [text, JSON.stringify(text)];
    return lastRemoteJson;
  }
  if (text !== lastMethod) [lastMethod, lastMethodJson] = [text, JSON.stringify(text)];
  return lastMethodJson;
}

function num(n: number): string {
  return Number.isFinite(n) ? String(n) : 'null';
}

function msText(ms: number): string {
  if (ms !== lastMs) [lastMs, lastMsText] = [ms, num(ms)];
  return lastMsText;
}

/**
 * Exactly JSON.stringify(meta) for metadata built by buildRequestMeta (same keys, same order), with the
 * texts of repeating fields reused: the writer serialises one of these per webhook.
 */
export function requestMetaJson(meta: RequestMeta): string {
  const error = meta.error ? `,"error":${JSON.stringify(meta.error)}` : '';
  return (
    `{"seq":${num(meta.seq)},"ms":${msText(meta.ms)},"ns":${num(meta.ns)},` +
    `"remote":${stringJson(meta.remote, 'remote')},"remotePort":${num(meta.remotePort)},` +
    `"method":${stringJson(meta.method, 'method')},"headers":${headersJson(meta.headers)},` +
    `"decode":"${meta.decode}","devices":${devicesJson(meta.devices)},"itemCount":${num(meta.itemCount)}${error}}`
  );
}
