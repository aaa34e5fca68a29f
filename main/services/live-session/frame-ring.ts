/** What the Live view's frame detail needs of a received request, kept in memory for recent frames. */
export interface RingEntry {
  seq: number;
  ms: number;
  remote: string;
  /** Header pairs as stored in the capture (Authorization-like values redacted). */
  headers: [string, string][];
  body: Uint8Array;
}

/**
 * The most recent frames by sequence number, bounded by count and by body bytes, so opening a frame's
 * detail is instant while memory stays flat under a flood. Older frames are still in the capture file.
 */
export class FrameRing {
  readonly #byseq = new Map<number, RingEntry>();
  readonly #maxEntries: number;
  readonly #maxBytes: number;
  #bytes = 0;

  constructor(maxEntries = 5000, maxBytes = 32 * 1024 * 1024) {
    this.#maxEntries = maxEntries;
    this.#maxBytes = maxBytes;
  }

  /** Adds a frame; evicts the oldest while over either bound. */
  add(entry: RingEntry): void {
    this.#byseq.set(entry.seq, entry);
    this.#bytes += entry.body.length;
    while (this.#byseq.size > this.#maxEntries || (this.#bytes > this.#maxBytes && this.#byseq.size > 1)) {
      const oldest = this.#byseq.keys().next();
      if (oldest.done) break;
      this.#bytes -= this.#byseq.get(oldest.value)?.body.length ?? 0;
      this.#byseq.delete(oldest.value);
    }
  }

  get(seq: number): RingEntry | undefined {
    return this.#byseq.get(seq);
  }

  clear(): void {
    this.#byseq.clear();
    this.#bytes = 0;
  }

  get size(): number {
    return this.#byseq.size;
  }
}
