import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestInput } from '../captures/capture-writer.ts';
import type { DecodePayload } from '../captures/decode-summary.ts';
import type { Admission } from './admission.ts';
import type { AnswerQueue } from './answer-queue.ts';
import { basicAuthMatches, type BasicCredentials } from './basic-auth.ts';
import type { IdleSweeper } from './idle-sweeper.ts';
import { decodeEarly, frameOf, type Committed } from './early-decode.ts';
import type { Frame } from './frame.ts';
import type { ProbeRegistry } from './probe-registry.ts';
import { readBody, type BodyLimits } from './read-body.ts';
import type { WorkTracker } from './work-tracker.ts';
import type { ReceiveClock } from './receive-clock.ts';

/** Where received requests go: the capture writer, or anything that appends durably the same way. */
export interface CaptureSink {
  append(input: RequestInput): Promise<{ seq: number }>;
}

/** Counters a technician (and the tests) can read while the listener runs. */
export interface ListenerStats {
  /** Responses sent, by status code. */
  answered: Record<number, number>;
  frames: number;
  decodeErrors: number;
  probes: number;
  /** Requests whose client went away before the body was complete. */
  aborted: number;
  /** Requests turned away because the capture could not be written. */
  storeFailures: number;
}

/** Everything the per-request pipeline needs; built once by the listener. */
export interface RequestContext {
  secretPath: string;
  basicAuth?: BasicCredentials;
  probes: ProbeRegistry;
  admission: Admission;
  body: BodyLimits;
  sweeper: IdleSweeper;
  capture: CaptureSink;
  decode: DecodePayload;
  clock: ReceiveClock;
  stats: ListenerStats;
  /** 200 answers waiting for the end of the current event-loop turn (see AnswerQueue). */
  answers: AnswerQueue<Committed>;
  /** Captures in progress (append, then the 200 sent), so closing can let them finish and answer. */
  work: WorkTracker;
  isClosing(): boolean;
  /** Whether anyone listens for frames (without listeners, nothing needs decoding after the answer). */
  wantsFrames(): boolean;
  emit(frame: Frame): void;
  onError(error: Error): void;
}

/** Bytes of an unwanted body we read and discard so the client sees our answer; beyond this we hang up. */
const DRAIN_LIMIT = 4 * 1024 * 1024;

/**
 * The pipeline of one request: route, method, auth, size, admission, body, decode, durable append, 200,
 * then the frame event. Every failure becomes a status code; nothing here throws at the server.
 */
export async function handleRequest(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const path = (req.url ?? '').split('?', 1)[0];
  if (path !== ctx.secretPath) return reject(ctx, req, res, 404, 'Not found.');
  if (req.method !== 'POST')
    return reject(ctx, req, res, 405, 'Only POST is accepted here.', { allow: 'POST' });
  if (ctx.isClosing()) return reject(ctx, req, res, 503, 'The listener is stopping.', { 'retry-after': '5' });
  const probe = req.headers['x-meterscope-probe'];
  if (ctx.probes.isProbe(probe)) return answerProbe(ctx, req, res, probe);
  if (ctx.basicAuth && !basicAuthMatches(req.headers.authorization, ctx.basicAuth)) {
    const challenge = { 'www-authenticate': 'Basic realm="meterscope", charset="UTF-8"' };
    return reject(ctx, req, res, 401, 'Wrong or missing Basic credentials.', challenge);
  }
  if (Number(req.headers['content-length'] ?? 0) > ctx.body.maxBytes) return tooLarge(ctx, req, res);
  if (!ctx.admission.tryEnter()) {
    return reject(ctx, req, res, 503, 'Too many requests at once; retry shortly.', { 'retry-after': '1' });
  }
  let held = 0;
  try {
    const result = await readBody(req, ctx.body, ctx.admission, ctx.sweeper);
    held = result.held;
    if (result.kind === 'ok') {
      ctx.work.start();
      res.once('close', () => ctx.work.end());
      return await capture(ctx, req, res, result.body);
    }
    if (result.kind === 'too-large') return tooLarge(ctx, req, res);
    if (result.kind === 'overloaded') {
      return reject(ctx, req, res, 503, 'Too much data at once; retry shortly.', { 'retry-after': '1' });
    }
    if (result.kind === 'idle') return hangUp(ctx, res, 408, 'The request body stalled.');
    ctx.stats.aborted += 1;
  } finally {
    ctx.admission.leave(held);
  }
}

async function capture(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
): Promise<void> {
  const time = ctx.clock();
  // The record needs the decode status before the answer; the frame reuses the same decode.
  const early = decodeEarly(ctx.decode, body);
  // Plain literals, no spreads: this runs for every webhook, and spreading builds objects slowly.
  const socket = req.socket;
  const remote = socket.remoteAddress ?? '';
  const commit = ctx.capture.append({
    ms: time.ms,
    ns: time.ns,
    remote,
    remotePort: socket.remotePort ?? 0,
    method: req.method ?? 'POST',
    rawHeaders: req.rawHeaders,
    body,
    decoded: early.summary,
  });
  let seq: number;
  try {
    seq = (await commit).seq;
  } catch (e) {
    ctx.stats.storeFailures += 1;
    ctx.onError(e as Error);
    return reply(ctx, res, 503, 'The capture file could not be written; retry later.', {
      'retry-after': '5',
    });
  }
  ctx.answers.push({ res, frame: frameOf({ seq, ms: time.ms, ns: time.ns, remote, body }, early) });
}

/** Sends one queued 200 (called by the answer queue, in arrival order, before any frame is emitted). */
export function answerCommitted(ctx: RequestContext, { res, frame }: Committed): void {
  reply(ctx, res, 200, 'OK');
  ctx.stats.frames += 1;
  if (frame.status !== 'ok') ctx.stats.decodeErrors += 1;
}

async function answerProbe(ctx: RequestContext, req: IncomingMessage, res: ServerResponse, token: string) {
  const result = await readBody(req, ctx.body, ctx.admission, ctx.sweeper);
  ctx.admission.release(result.held);
  if (result.kind !== 'ok') return reject(ctx, req, res, 400, 'Incomplete probe.');
  ctx.stats.probes += 1;
  reply(ctx, res, 200, 'Probe received.');
  ctx.probes.arrived(token);
}

function tooLarge(ctx: RequestContext, req: IncomingMessage, res: ServerResponse): void {
  reject(ctx, req, res, 413, `The body exceeds the limit of ${ctx.body.maxBytes} bytes.`);
}

/** Answers without using the body; reads and drops what the client still sends so it sees the answer. */
function reject(
  ctx: RequestContext,
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  text: string,
  headers: Record<string, string> = {},
): void {
  reply(ctx, res, status, text, headers);
  if (req.complete) return;
  let drained = 0;
  req.on('data', (chunk: Buffer) => {
    drained += chunk.length;
    if (drained > DRAIN_LIMIT) req.socket.destroy();
  });
  req.resume();
}

/** Answers and closes the connection: for clients too slow to be worth waiting for. */
function hangUp(ctx: RequestContext, res: ServerResponse, status: number, text: string): void {
  reply(ctx, res, status, text, { connection: 'close' });
  res.on('finish', () => res.socket?.destroy());
}

function reply(
  ctx: RequestContext,
  res: ServerResponse,
  status: number,
  text: string,
  headers?: Record<string, string>,
): void {
  if (res.headersSent || res.destroyed) return;
  const head = { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) };
  // Extra headers only on refusals: the 200 of every webhook is written without merging objects.
  res.writeHead(status, headers ? Object.assign(head, headers) : head);
  res.end(text);
  ctx.stats.answered[status] = (ctx.stats.answered[status] ?? 0) + 1;
}
