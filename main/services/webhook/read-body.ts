import type { IncomingMessage } from 'node:http';
import type { Admission } from './admission.ts';
import type { IdleSweeper } from './idle-sweeper.ts';

/** How reading a body ended. `held` is what was reserved from the admission budget (give it back). */
export type BodyResult =
  | { kind: 'ok'; body: Buffer; held: number }
  | { kind: 'too-large' | 'idle' | 'overloaded' | 'aborted'; held: number };

/** Limits of one body read. */
export interface BodyLimits {
  maxBytes: number;
  /** Longest pause between two chunks before the client counts as stalled (checked by the sweeper). */
  idleMs: number;
}

/**
 * Reads a request body into memory within limits: stops at `maxBytes` (413), at a stall the sweeper
 * notices (a slow client must not hold a slot forever), or when the shared memory budget is used up (503).
 * Never throws; the caller maps each outcome to a status code.
 */
export function readBody(
  req: IncomingMessage,
  limits: BodyLimits,
  admission: Admission,
  sweeper: IdleSweeper,
): Promise<BodyResult> {
  return new Promise((resolve) => new BodyReader(req, limits.maxBytes, admission, sweeper, resolve));
}

/**
 * One body read. A class rather than closures: it runs for every webhook, and prototype methods cost
 * nothing per request where named closures would each be created (and named) again.
 */
class BodyReader {
  private readonly chunks: Buffer[] = [];
  private held = 0;
  /** The sweeper tick of the last chunk (read by the sweeper). */
  lastTick: number;
  private readonly onData: (chunk: Buffer) => void;
  private readonly onEnd: () => void;
  private readonly onAbort: () => void;

  constructor(
    private readonly req: IncomingMessage,
    private readonly maxBytes: number,
    private readonly admission: Admission,
    private readonly sweeper: IdleSweeper,
    private readonly resolve: (result: BodyResult) => void,
  ) {
    this.lastTick = sweeper.tick;
    this.onData = this.data.bind(this);
    this.onEnd = this.finish.bind(this, 'ok');
    this.onAbort = this.finish.bind(this, 'aborted');
    req.on('data', this.onData).on('end', this.onEnd).on('error', this.onAbort).on('close', this.onAbort);
    sweeper.add(this);
  }

  /** Called by the sweeper when no chunk came for too long. */
  stalled(): void {
    this.finish('idle');
  }

  private data(chunk: Buffer): void {
    this.lastTick = this.sweeper.tick;
    if (this.held + chunk.length > this.maxBytes) return this.finish('too-large');
    if (!this.admission.reserve(chunk.length)) return this.finish('overloaded');
    this.held += chunk.length;
    this.chunks.push(chunk);
  }

  private finish(kind: BodyResult['kind']): void {
    this.sweeper.delete(this);
    this.req
      .off('data', this.onData)
      .off('end', this.onEnd)
      .off('error', this.onAbort)
      .off('close', this.onAbort);
    const { held } = this;
    if (kind !== 'ok') return this.resolve({ kind, held });
    const body = this.chunks.length === 1 ? (this.chunks[0] as Buffer) : Buffer.concat(this.chunks, held);
    this.resolve({ kind, body, held });
  }
}
