import type { Sleep } from '../../../main/services/tunnel/index.ts';

/** A Sleep the test drives: nothing waits on real time; `advance(ms)` fires what has come due. */
export class ManualSleep {
  now = 0;
  readonly #pending: { at: number; resolve: () => void }[] = [];

  readonly sleep: Sleep = (ms, signal) =>
    new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const entry = { at: this.now + ms, resolve };
      this.#pending.push(entry);
      signal.addEventListener(
        'abort',
        () => {
          this.#pending.splice(this.#pending.indexOf(entry), 1);
          reject(signal.reason);
        },
        { once: true },
      );
    });

  /** Sleeps currently waiting (tests wait for the code under test to reach its next sleep). */
  get waiting(): number {
    return this.#pending.length;
  }

  /** Moves time forward and resolves every sleep due by then, letting promise chains run in between. */
  async advance(ms: number): Promise<void> {
    this.now += ms;
    for (;;) {
      const due = this.#pending.filter((p) => p.at <= this.now);
      if (due.length === 0) break;
      for (const d of due) {
        this.#pending.splice(this.#pending.indexOf(d), 1);
        d.resolve();
      }
      await flush();
    }
    await flush();
  }
}

/** Lets queued promise callbacks run (a macrotask turn), without waiting on any timer. */
export function flush(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
