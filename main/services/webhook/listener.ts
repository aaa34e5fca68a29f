import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Admission } from './admission.ts';
import { AnswerQueue } from './answer-queue.ts';
import type { BasicCredentials } from './basic-auth.ts';
import type { DecodePayload } from '../captures/decode-summary.ts';
import type { Frame } from './frame.ts';
import {
  answerCommitted,
  handleRequest,
  type CaptureSink,
  type ListenerStats,
  type RequestContext,
} from './handle-request.ts';
import { emitCommitted } from './early-decode.ts';
import { ProbeRegistry } from './probe-registry.ts';
import { systemReceiveClock, type ReceiveClock } from './receive-clock.ts';
import { IdleSweeper } from './idle-sweeper.ts';
import { WorkTracker } from './work-tracker.ts';
import { isStrongSecret, newSecretSegment, type RandomBytes } from './secret-path.ts';

/** Size and time limits; defaults suit the smart-me cloud (small bodies, well-behaved sender). */
export interface ListenerLimits {
  /** Largest accepted body (413 beyond). Default 1 MiB. */
  maxBodyBytes: number;
  /** Requests being read or committed at once (503 beyond). Default 512. */
  maxInFlight: number;
  /** Body bytes held in memory at once (503 beyond). Default 64 MiB. */
  maxBufferedBytes: number;
  /** Time for a client to send its headers. Default 10 s. */
  headersTimeoutMs: number;
  /** Time for a whole request. Default 30 s. */
  requestTimeoutMs: number;
  /** Longest pause inside a body. Default 10 s. */
  bodyIdleTimeoutMs: number;
}

/** The defaults of ListenerLimits. */
export const DEFAULT_LIMITS: ListenerLimits = {
  maxBodyBytes: 1024 * 1024,
  maxInFlight: 512,
  maxBufferedBytes: 64 * 1024 * 1024,
  headersTimeoutMs: 10_000,
  requestTimeoutMs: 30_000,
  bodyIdleTimeoutMs: 10_000,
};

/** What a listener is built from: ports (random, clock, decoder, capture) and settings. */
export interface ListenerOptions {
  /** Port on 127.0.0.1; 0 (default) picks a free one. */
  port?: number;
  /** Reuse a secret path segment (keeps the URL, and so registrations, valid across restarts). */
  secret?: string;
  random: RandomBytes;
  /** When set, requests must carry these Basic credentials (as the registration's BasicAuthUsername/Password). */
  basicAuth?: BasicCredentials;
  capture: CaptureSink;
  decode: DecodePayload;
  clock?: ReceiveClock;
  limits?: Partial<ListenerLimits>;
  /** Storage failures and frame-handler bugs: reported here, never thrown at the server. */
  onError?(error: Error): void;
}

/** A running webhook listener. */
export interface Listener {
  /** Full local URL including the secret path, e.g. http://127.0.0.1:43123/Zx...; never log it unredacted. */
  readonly url: string;
  readonly port: number;
  readonly secret: string;
  /** Subscribes to frames (after each is durably captured); returns the unsubscribe function. */
  onFrame(handler: (frame: Frame) => void): () => void;
  /**
   * For the tunnel self-probe: resolves when a POST with header `x-meterscope-probe: <token>` reaches the
   * secret path. Probes are answered 200, bypass Basic auth (the token is the secret) and are never captured.
   */
  expectProbe(token: string, options?: { signal?: AbortSignal }): Promise<void>;
  stats(): ListenerStats & { inFlight: number; bufferedBytes: number };
  /** Stops accepting, lets commits in progress finish and answer, then closes every connection. */
  close(): Promise<void>;
}

/**
 * Starts the webhook listener on 127.0.0.1: an unguessable path, optional Basic auth, size/time limits and
 * bounded in-flight work; each accepted body is durably captured before the 200 and then emitted as a frame.
 */
export async function startListener(options: ListenerOptions): Promise<Listener> {
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  if (options.secret !== undefined && !isStrongSecret(options.secret)) {
    throw new Error('The listener secret must be at least 22 base64url characters (128 bits).');
  }
  const secret = options.secret ?? newSecretSegment(options.random);
  const handlers = new Set<(frame: Frame) => void>();
  const onError = options.onError ?? (() => undefined);
  let closing = false;
  const ctx: RequestContext = {
    secretPath: `/${secret}`,
    probes: new ProbeRegistry(),
    admission: new Admission(limits.maxInFlight, limits.maxBufferedBytes),
    body: { maxBytes: limits.maxBodyBytes, idleMs: limits.bodyIdleTimeoutMs },
    sweeper: new IdleSweeper(limits.bodyIdleTimeoutMs),
    capture: options.capture,
    decode: options.decode,
    clock: options.clock ?? systemReceiveClock(),
    stats: { answered: {}, frames: 0, decodeErrors: 0, probes: 0, aborted: 0, storeFailures: 0 },
    work: new WorkTracker(),
    answers: undefined as unknown as RequestContext['answers'], // set below: it needs ctx itself
    isClosing: () => closing,
    wantsFrames: () => handlers.size > 0,
    emit(frame) {
      for (const handler of handlers) {
        try {
          handler(frame);
        } catch (e) {
          onError(e as Error);
        }
      }
    },
    onError,
  };
  if (options.basicAuth) ctx.basicAuth = options.basicAuth;
  ctx.answers = new AnswerQueue(
    (item) => answerCommitted(ctx, item),
    (item) => emitCommitted(ctx, item),
  );
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: Math.max(limits.requestTimeoutMs, limits.headersTimeoutMs + 1),
    connectionsCheckingInterval: Math.max(10, Math.min(1000, limits.headersTimeoutMs / 4)),
    keepAliveTimeout: 5_000,
  });
  server.on('request', (req, res) => {
    handleRequest(ctx, req, res).catch((e: unknown) => {
      onError(e as Error);
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: options.port ?? 0, backlog: 4096 }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/${secret}`,
    port,
    secret,
    onFrame(handler) {
      handlers.add(handler);
      return () => handlers.delete(handler);
    },
    expectProbe: (token, opts) => ctx.probes.expect(token, opts?.signal),
    stats: () => ({
      ...ctx.stats,
      answered: { ...ctx.stats.answered },
      inFlight: ctx.admission.inFlight,
      bufferedBytes: ctx.admission.bufferedBytes,
    }),
    async close() {
      if (closing) return;
      closing = true;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await ctx.work.idle();
      server.closeAllConnections();
      await closed;
      ctx.sweeper.stop();
      ctx.probes.closeAll(new Error('The listener was closed before the probe arrived.'));
    },
  };
}
