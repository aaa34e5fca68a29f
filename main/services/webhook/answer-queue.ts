/**
 * Sends the answers of committed requests together, once the event loop has taken in everything that
 * arrived (setImmediate runs after the I/O poll phase). Writing a burst of responses there costs clearly
 * less CPU per request than writing each one from its commit callback in the middle of reading others
 * (measured: see README "Benchmarks"), so the listener keeps up with more webhooks per second. Work that
 * can wait for the answers (decoding and emitting frames) runs after the whole burst is answered.
 */
export class AnswerQueue<T> {
  private queue: T[] = [];
  private scheduled = false;
  private readonly flushBound = () => this.flush();

  /** `send` answers one item; `after` runs for each item once the whole burst is answered (frames). */
  constructor(
    private readonly send: (item: T) => void,
    private readonly after: (item: T) => void = () => undefined,
  ) {}

  /** Queues one answer for the next flush. */
  push(item: T): void {
    this.queue.push(item);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(this.flushBound);
    }
  }

  private flush(): void {
    this.scheduled = false;
    const items: (T | undefined)[] = this.queue;
    this.queue = [];
    for (const item of items) this.send(item as T);
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as T;
      // Let go of each item before the next: whatever `after` attaches to it (a decoded frame) can then
      // die young instead of living, with the whole burst's, until the loop ends.
      items[i] = undefined;
      this.after(item);
    }
  }
}
