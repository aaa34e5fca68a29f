import { onAbort } from './shared-abort.ts';

/**
 * The time and chance the client depends on, passed in so tests run retries and backoff deterministically
 * (no real waiting, no randomness) and production uses the real clock.
 */
export interface ClientPorts {
  /** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** Current time in ms since the epoch (for HTTP-date Retry-After values). */
  now(): number;
  /** A number in [0, 1) for backoff jitter. */
  random(): number;
}

/** Waits on a real timer, abortable, so a cancelled command does not hang on a backoff delay. */
export function realSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      stopListening();
      resolve();
    }, ms);
    const stopListening = signal
      ? onAbort(signal, () => {
          clearTimeout(timer);
          reject(signal.reason);
        })
      : () => undefined;
  });
}

/** The real clock, sleep and Math.random: what the CLI and app use. */
export const realPorts: ClientPorts = {
  sleep: realSleep,
  now: () => Date.now(),
  random: () => Math.random(),
};
