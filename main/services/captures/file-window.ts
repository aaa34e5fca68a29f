/** The slice of node:fs/promises FileHandle a reader needs. */
export interface ReadableFile {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/**
 * A moving window over a file for sequential parsing with bounded memory: it holds at most
 * max(chunk size, largest single request) bytes, however large the file is. `highWater` reports the
 * largest buffer it ever held, so tests can prove the bound.
 */
export class FileWindow {
  private buf: Buffer;
  private start = 0;
  private end = 0;
  /** File offset of buf[start]. */
  private filePos: number;
  /** Largest buffer allocated so far, in bytes. */
  highWater: number;

  constructor(
    private readonly file: ReadableFile,
    private readonly fileSize: number,
    position: number,
    private readonly chunkSize = 1024 * 1024,
  ) {
    this.buf = Buffer.allocUnsafe(chunkSize);
    this.highWater = chunkSize;
    this.filePos = position;
  }

  /** File offset of the next unread byte. */
  get position(): number {
    return this.filePos;
  }

  /** Bytes from the position to the end of the file (as sized when the reader opened). */
  get remaining(): number {
    return this.fileSize - this.filePos;
  }

  /** Makes `n` bytes from the position readable through `view`; false when the file ends first. */
  async ensure(n: number): Promise<boolean> {
    if (n > this.remaining) return false;
    if (this.end - this.start >= n) return true;
    this.makeRoom(n);
    while (this.end - this.start < n) {
      const filled = this.end - this.start;
      const want = Math.min(this.buf.length - this.end, this.fileSize - (this.filePos + filled));
      const { bytesRead } = await this.file.read(this.buf, this.end, want, this.filePos + filled);
      if (bytesRead === 0) return false;
      this.end += bytesRead;
    }
    return true;
  }

  /** The `n` bytes at the position (valid until the next ensure); call ensure(n) first. */
  view(n: number, at = 0): Buffer {
    return this.buf.subarray(this.start + at, this.start + at + n);
  }

  /** Moves the position forward, dropping buffered bytes or skipping unread ones without reading them. */
  skip(n: number): void {
    const buffered = this.end - this.start;
    if (n < buffered) {
      this.start += n;
    } else {
      this.start = 0;
      this.end = 0;
    }
    this.filePos += n;
  }

  /** Moves buffered bytes to the front (growing the buffer if one record needs more) before a read. */
  private makeRoom(n: number): void {
    const buffered = this.end - this.start;
    const target = this.buf.length < n ? Buffer.allocUnsafe(Math.max(n, this.chunkSize)) : this.buf;
    if (target !== this.buf || this.start > 0) this.buf.copy(target, 0, this.start, this.end);
    this.buf = target;
    this.highWater = Math.max(this.highWater, target.length);
    this.start = 0;
    this.end = buffered;
  }
}
