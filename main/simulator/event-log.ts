/**
 * A bounded, observable list of events (requests served, pushes sent). Tests wait on it with `waitFor`
 * instead of sleeping; the CLI subscribes to print lines.
 */
export class EventLog<T> {
  readonly #entries: T[] = [];
  readonly #listeners = new Set<(event: T) => void>();

  constructor(readonly limit = 10_000) {}

  /** Appends an event (dropping the oldest beyond the limit) and tells every subscriber. */
  push(event: T): void {
    this.#entries.push(event);
    if (this.#entries.length > this.limit) this.#entries.shift();
    for (const listener of [...this.#listeners]) listener(event);
  }

  /** A copy of the kept events, oldest first. */
  entries(): T[] {
    return [...this.#entries];
  }

  /** Calls `listener` for every future event; returns the unsubscribe function. */
  subscribe(listener: (event: T) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  /**
   * Resolves with the first event (already kept, or future) that satisfies `predicate`. Rejects when
   * `signal` aborts, so a test that waits for something that never comes fails by its own timeout.
   */
  waitFor(predicate: (event: T) => boolean, signal?: AbortSignal): Promise<T> {
    const found = this.#entries.find(predicate);
    if (found !== undefined) return Promise.resolve(found);
    return new Promise<T>((resolve, reject) => {
      const stop = this.subscribe((event) => {
        if (!predicate(event)) return;
        stop();
        resolve(event);
      });
      signal?.addEventListener('abort', () => {
        stop();
        reject(signal.reason);
      });
    });
  }

  /** Resolves once `count` events satisfying `predicate` have been seen (kept ones included). */
  async waitForCount(count: number, predicate: (event: T) => boolean = () => true): Promise<T[]> {
    const seen = this.#entries.filter(predicate);
    if (seen.length >= count) return seen.slice(0, count);
    return new Promise<T[]>((resolve) => {
      const stop = this.subscribe((event) => {
        if (!predicate(event)) return;
        seen.push(event);
        if (seen.length >= count) {
          stop();
          resolve(seen.slice(0, count));
        }
      });
    });
  }
}
