/**
 * Groups items that may arrive thousands of times a second into batches delivered at most once per
 * `minIntervalMs` (50 ms = 20 per second), so the renderer stays responsive under any flood. Pure: the clock
 * and the timer are ports, so tests drive time by hand.
 */

/** Time as the batcher needs it: injected so unit tests need no real waiting. */
export interface BatcherClock {
  now(): number;
  setTimer(callback: () => void, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

/** Options of a batcher. */
export interface BatcherOptions<T> {
  /** Receives every batch, in arrival order, and how many items were dropped since the last batch. */
  onBatch(items: T[], dropped: number): void;
  /** Shortest time between two batches. Default 50 ms (20 batches per second). */
  minIntervalMs?: number;
  /** Most items held between two batches; older ones are dropped (and counted) beyond it. Default 5000. */
  maxPending?: number;
}

/** A running batcher. */
export interface Batcher<T> {
  push(item: T): void;
  /** Delivers what is pending right now (e.g. before closing). */
  flush(): void;
  /** Stops the timer; later pushes are ignored. */
  close(): void;
}

/** Creates a batcher: the first item after a quiet spell goes out at once, later ones at the pace limit. */
export function createBatcher<T>(options: BatcherOptions<T>, clock: BatcherClock): Batcher<T> {
  const interval = options.minIntervalMs ?? 50;
  const maxPending = options.maxPending ?? 5000;
  let pending: T[] = [];
  let dropped = 0;
  let lastBatchAt = -Infinity;
  let timer: unknown;
  let closed = false;

  const deliver = (): void => {
    timer = undefined;
    if (pending.length === 0 && dropped === 0) return;
    lastBatchAt = clock.now();
    const items = pending;
    const lost = dropped;
    pending = [];
    dropped = 0;
    options.onBatch(items, lost);
  };

  return {
    push(item) {
      if (closed) return;
      pending.push(item);
      if (pending.length > maxPending) {
        // Drop the oldest half in one go: amortised O(1) per item even under a sustained flood.
        const cut = pending.length - Math.floor(maxPending / 2);
        pending = pending.slice(cut);
        dropped += cut;
      }
      if (timer !== undefined) return;
      const wait = lastBatchAt + interval - clock.now();
      if (wait <= 0) deliver();
      else timer = clock.setTimer(deliver, wait);
    },
    flush() {
      if (timer !== undefined) clock.clearTimer(timer);
      deliver();
    },
    close() {
      closed = true;
      if (timer !== undefined) clock.clearTimer(timer);
      timer = undefined;
    },
  };
}
