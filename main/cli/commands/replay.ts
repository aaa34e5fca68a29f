import { performance } from 'node:perf_hooks';
import { setTimeout as delay } from 'node:timers/promises';
import { encodeDeviceDataArray } from '../../../shared/realtime/index.ts';
import { bulkDecode, readCapture } from '../../services/captures/index.ts';
import {
  httpPoster,
  parseAssignment,
  parseSelection,
  replayCapture,
  type PayloadEdits,
  type ReplayResult,
} from '../../services/replay/index.ts';
import { basicAuthHeader, parseBasicCredentials } from '../../services/webhook/basic-auth.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';

/** How to call `meterscope replay`. */
export const usage = `Usage: meterscope replay FILE --to URL [options]

Re-sends captured payloads (a .mscap file from listen) to a URL: your webhook receiver, or a listener.

  --to URL              where to POST (required)
  --timing fast|original  as fast as the target takes them (default), or with the original gaps
  --speed N             with --timing original: N times faster (e.g. 10)
  --select LIST         which records: 7, 3-10, 20-, device:<guid>; comma-separated
  --set OBIS=VALUE      change (or add) a value in every replayed payload, e.g. 1-0:1.8.0*255=1000; repeatable
  --device-id GUID      replace the device GUID in every replayed payload
  --basic-auth U:P      Basic credentials for the target
  --concurrency N       requests in flight at once (default 8)
  --json                one JSON line per request, then a summary line

Exit 0 when every request got a 2xx answer, 1 otherwise.`;

/** Replays a capture; prints one line per request and a summary. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    to: { type: 'string' },
    timing: { type: 'string' },
    speed: { type: 'string' },
    select: { type: 'string' },
    set: { type: 'string', multiple: true },
    'device-id': { type: 'string' },
    'basic-auth': { type: 'string' },
    concurrency: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one capture FILE.');
  const to = requireUrl(values.to);
  const timing = values.timing ?? 'fast';
  if (timing !== 'fast' && timing !== 'original') throw new UsageError('--timing must be fast or original.');
  const speed = positiveNumber(values.speed, '--speed', 1);
  const concurrency = positiveNumber(values.concurrency, '--concurrency', 8);
  const edits = parseEdits(values.set as string[] | undefined, values['device-id']);
  const headers = authHeader(values['basic-auth']);
  let select;
  try {
    select = typeof values.select === 'string' ? parseSelection(values.select) : undefined;
  } catch (e) {
    throw new UsageError(`--select: ${(e as Error).message}`, { cause: e });
  }
  const poster = httpPoster({ connections: Math.ceil(concurrency) });
  const json = values.json === true;
  try {
    const summary = await replayCapture(readCapture(positionals[0] as string), {
      to,
      post: poster.post,
      timing,
      speed,
      concurrency: Math.ceil(concurrency),
      ...(select ? { select } : {}),
      ...(edits ? { edits, decode: bulkDecode, encode: encodeDeviceDataArray } : {}),
      ...(headers ? { headers } : {}),
      now: () => performance.now(),
      sleep: (ms, signal) => delay(ms, undefined, { signal }),
      signal: io.signal,
      onResult: (r) => io.out(json ? `${JSON.stringify({ type: 'result', ...r })}\n` : resultLine(r)),
    });
    if (json) io.out(`${JSON.stringify({ type: 'summary', ...summary })}\n`);
    else io.out(`${summary.sent} sent, ${summary.ok} answered 2xx, ${summary.failed} failed.\n`);
    return summary.failed === 0 ? 0 : 1;
  } finally {
    await poster.close();
  }
}

function resultLine(r: ReplayResult): string {
  const outcome = 'status' in r.outcome ? `HTTP ${r.outcome.status}` : `failed: ${r.outcome.error}`;
  const edited = r.edited ? ', edited' : '';
  return `#${r.seq}  ${outcome}  (${r.bytes} bytes${edited})${r.note ? `  ${r.note}` : ''}\n`;
}

/** Checks --to; shared with trigger. */
export function requireUrl(value: unknown): string {
  if (typeof value !== 'string') throw new UsageError('--to URL is required.');
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('not http(s)');
  } catch {
    throw new UsageError(`--to "${value}" is not an http:// or https:// URL.`);
  }
  return value;
}

/** Turns --basic-auth user:pass into an Authorization header; shared with trigger. */
export function authHeader(value: unknown): Record<string, string> | undefined {
  if (typeof value !== 'string') return undefined;
  const creds = parseBasicCredentials(value);
  if (!creds) throw new UsageError('--basic-auth must be user:password.');
  return { authorization: basicAuthHeader(creds) };
}

function positiveNumber(value: unknown, flag: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsageError(`${flag} must be a positive number.`);
  return n;
}

function parseEdits(set: string[] | undefined, deviceId: unknown): PayloadEdits | undefined {
  if (!set?.length && typeof deviceId !== 'string') return undefined;
  const edits: PayloadEdits = {};
  try {
    if (set?.length) edits.set = set.map(parseAssignment);
  } catch (e) {
    throw new UsageError(`--set ${(e as Error).message}`, { cause: e });
  }
  if (typeof deviceId === 'string') edits.deviceId = deviceId;
  return edits;
}
