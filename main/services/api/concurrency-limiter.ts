import { onAbort } from './shared-abort.ts';

/** Counts after every start and finish, so a UI can show "412 of 5202" while a fleet loads. */
export interface LimiterProgress {
  /** Tasks running now (never more than the limit). */
  active: number;
  /** Tasks waiting for a free slot. */
  queued: number;
  /** Tasks finished (successfully or not). */
  done: number;
  /** Tasks submitted so far. */
  total: number;
}

/**
 * Runs at most `limit` tasks at a time. The smart-me cloud is shared by everyone; a burst of thousands of requests
 * (as the vendor's browser sample sends) gets rate-limited, while a handful in flight keeps latency hidden.
 */
export interface ConcurrencyLimiter {
  /** Runs `task` once a slot is free. Rejects with the signal's reason if it aborts while still waiting. */
  run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** A snapshot of the counters. */
  progress(): LimiterProgress;
}

interface Waiter {
  start: () => void;
  state: 'waiting' | 'started' | 'cancelled';
}

/** Creates a limiter; `onProgress` is called synchronously after each change of the counters. */
export function createLimiter(limit: number, onProgress?: (p: LimiterProgress) => void): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`concurrency must be a whole number ≥ 1`);
  const queue: Waiter[] = [];
  let head = 0;
  let active = 0;
  let waiting = 0;
  let done = 0;
  let total = 0;
  const progress = (): LimiterProgress => ({ active, queued: waiting, done, total });
  const report = () => onProgress?.(progress());

  const next = () => {
    while (active < limit && head < queue.length) {
      const waiter = queue[head++] as Waiter;
      if (waiter.state === 'cancelled') continue;
      active++;
      waiter.start();
    }
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
  };

  const run = <T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> => {
    if (signal?.aborted) return Promise.reject(signal.reason);
    total++;
    return new Promise<T>((resolve, reject) => {
      const cancel = () => {
        waiter.state = 'cancelled';
        waiting--;
        done++;
        reject(signal?.reason);
        report();
      };
      const waiter: Waiter = {
        state: 'waiting',
        start: () => {
          waiter.state = 'started';
          waiting--;
          stopListening();
          report();
          const finish = () => {
            active--;
            done++;
            next();
            report();
          };
          Promise.resolve()
            .then(task)
            .then(
              (value) => (finish(), resolve(value)),
              (error: unknown) => (finish(), reject(error)),
            );
        },
      };
      const stopListening = signal ? onAbort(signal, cancel) : () => undefined;
      queue.push(waiter);
      waiting++;
      next();
      if (waiter.state === 'waiting') report();
    });
  };

  return { run, progress };
}
