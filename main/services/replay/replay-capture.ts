import type { DecodePayload } from '../captures/decode-summary.ts';
import type { CaptureEntry, CaptureRecord } from '../captures/record-types.ts';
import { applyEdits, type EncodeItems, type PayloadEdits } from './payload-edits.ts';
import type { PostOutcome, PostPayload } from './post-payload.ts';
import type { RecordFilter } from './record-filter.ts';

/** How one replayed request went. */
export interface ReplayResult {
  seq: number;
  outcome: PostOutcome;
  bytes: number;
  edited: boolean;
  /** Why a requested edit was not applied (the original bytes were sent instead). */
  note?: string;
}

/** Totals of a replay. */
export interface ReplaySummary {
  sent: number;
  /** 2xx answers. */
  ok: number;
  failed: number;
}

/** Ports and choices of a replay. */
export interface ReplayOptions {
  to: string;
  post: PostPayload;
  /** `fast`: as fast as the target takes them; `original`: the gaps between the original receive times. */
  timing: 'fast' | 'original';
  /** With original timing: 2 replays twice as fast. Default 1. */
  speed?: number;
  select?: RecordFilter;
  /** Decoded values to change before sending; needs decode and encode. */
  edits?: PayloadEdits;
  decode?: DecodePayload;
  encode?: EncodeItems;
  /** Extra headers for the target (e.g. its Basic auth). */
  headers?: Record<string, string>;
  /** Requests in flight at once. Default 8 (original timing keeps its schedule within that bound). */
  concurrency?: number;
  /** Milliseconds on a monotonic clock, and a sleep: ports, so tests control time without waiting. */
  now: () => number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  signal?: AbortSignal;
  /** Called once per request as it completes. */
  onResult?(result: ReplayResult): void;
}

/**
 * Re-POSTs captured payloads to a URL: selected ones, optionally edited (decoded, changed, re-encoded),
 * fast or at the original pace. Each request's outcome is reported; an unreachable target is an outcome,
 * not a crash. Stops early when the signal aborts.
 */
export async function replayCapture(
  entries: AsyncIterable<CaptureEntry>,
  options: ReplayOptions,
): Promise<ReplaySummary> {
  const summary: ReplaySummary = { sent: 0, ok: 0, failed: 0 };
  const limit = new Slots(options.concurrency ?? 8);
  const speed = options.speed ?? 1;
  let first: { at: number; start: number } | undefined;
  for await (const entry of entries) {
    if (options.signal?.aborted) break;
    if (entry.type !== 'request' || (options.select && !options.select(entry.record))) continue;
    const { record } = entry;
    const at = record.ms + record.ns / 1e6;
    if (options.timing === 'original') {
      first ??= { at, start: options.now() };
      const wait = (at - first.at) / speed - (options.now() - first.start);
      if (wait > 0) await options.sleep(wait, options.signal).catch(() => undefined);
      if (options.signal?.aborted) break;
    }
    await limit.take();
    void send(record, options).then((result) => {
      limit.give();
      summary.sent += 1;
      if ('status' in result.outcome && result.outcome.status >= 200 && result.outcome.status < 300)
        summary.ok += 1;
      else summary.failed += 1;
      options.onResult?.(result);
    });
  }
  await limit.drain();
  return summary;
}

async function send(record: CaptureRecord, options: ReplayOptions): Promise<ReplayResult> {
  const { body, edited, note } = payloadFor(record, options);
  const contentType = record.headers.find(([n]) => n.toLowerCase() === 'content-type')?.[1];
  const headers: Record<string, string> = {
    'content-type': contentType ?? 'application/octet-stream',
    'x-meterscope-replay': String(record.seq),
    ...options.headers,
  };
  const outcome = await options
    .post(options.to, body, headers, options.signal)
    .catch((e: unknown): PostOutcome => ({ error: e instanceof Error ? e.message : String(e) }));
  const result: ReplayResult = { seq: record.seq, outcome, bytes: body.length, edited };
  if (note) result.note = note;
  return result;
}

function payloadFor(
  record: CaptureRecord,
  options: ReplayOptions,
): { body: Uint8Array; edited: boolean; note?: string } {
  const { edits, decode, encode } = options;
  if (!edits || !decode || !encode) return { body: record.body, edited: false };
  try {
    const decoded = decode(record.body);
    if (decoded.error) {
      const note = `not edited: the payload does not decode (${decoded.error.message})`;
      return { body: record.body, edited: false, note };
    }
    return { body: encode(applyEdits(decoded.items, edits)), edited: true };
  } catch (e) {
    return { body: record.body, edited: false, note: `not edited: ${(e as Error).message}` };
  }
}

/** A counting semaphore: at most `size` requests in flight. */
class Slots {
  private free: number;
  private waiting: (() => void)[] = [];
  private idle: (() => void)[] = [];

  constructor(private readonly size: number) {
    this.free = size;
  }

  take(): Promise<void> {
    if (this.free > 0) {
      this.free -= 1;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  give(): void {
    const next = this.waiting.shift();
    if (next) return next();
    this.free += 1;
    if (this.free === this.size) for (const done of this.idle.splice(0)) done();
  }

  drain(): Promise<void> {
    return this.free === this.size ? Promise.resolve() : new Promise((resolve) => this.idle.push(resolve));
  }
}
