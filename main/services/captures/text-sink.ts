/** Where exported text goes: standard output or a file stream; may return a promise for backpressure. */
export type WriteText = (chunk: string) => void | Promise<void>;

/**
 * Collects small writes into ~64 KiB chunks before passing them on, so exporting a million records is a
 * few thousand writes, while memory stays at one chunk.
 */
export class TextSink {
  private parts: string[] = [];
  private size = 0;

  constructor(
    private readonly write: WriteText,
    private readonly chunkChars = 64 * 1024,
  ) {}

  /** Adds text; hands a chunk to the writer (and waits for it) once enough has gathered. */
  async push(text: string): Promise<void> {
    this.parts.push(text);
    this.size += text.length;
    if (this.size >= this.chunkChars) await this.flush();
  }

  /** Hands over whatever is gathered. */
  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const chunk = this.parts.join('');
    this.parts = [];
    this.size = 0;
    await this.write(chunk);
  }
}
