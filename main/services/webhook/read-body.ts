import type { IncomingMessage } from 'node:http';
import type { Admission } from './admission.ts';

/** How reading a body ended. `held` is what was reserved from the admission budget (give it back). */
export type BodyResult =
  | { kind: 'ok'; body: Buffer; held: number }
  | { kind: 'too-large' | 'idle' | 'overloaded' | 'aborted'; held: number };

/** Limits of one body read. */
export interface BodyLimits {
  maxBytes: number;
  /** Longest pause between two chunks before the client counts as stalled. */
  idleMs: number;
}

/**
 * Reads a request body into memory within limits: stops at `maxBytes` (413), at a stall longer than
 * `idleMs` (a slow client must not hold a slot forever), or when the shared memory budget is used up (503).
 * Never throws; the caller maps each outcome to a status code.
 */
export function readBody(
  req: IncomingMessage,
  limits: BodyLimits,
  admission: Admission,
): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let held = 0;
    const timer = setTimeout(() => finish('idle'), limits.idleMs);
    const onData = (chunk: Buffer) => {
      timer.refresh();
      if (held + chunk.length > limits.maxBytes) return finish('too-large');
      if (!admission.reserve(chunk.length)) return finish('overloaded');
      held += chunk.length;
      chunks.push(chunk);
    };
    const onEnd = () => finish('ok');
    const onAbort = () => finish('aborted');
    function finish(kind: BodyResult['kind']): void {
      clearTimeout(timer);
      req.off('data', onData).off('end', onEnd).off('error', onAbort).off('close', onAbort);
      resolve(kind === 'ok' ? { kind, body: Buffer.concat(chunks, held), held } : { kind, held });
    }
    req.on('data', onData).on('end', onEnd).on('error', onAbort).on('close', onAbort);
  });
}
