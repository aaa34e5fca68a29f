import { payloadErrorInfo } from './payload-error.ts';
import type { PayloadErrorInfo } from './types.ts';
import { readVarint, VARINT, VARINT_OVERFLOW } from './wire-varint.ts';

/**
 * Splits a varint length-delimited stream into messages as chunks arrive, so a capture of any size is
 * decoded in constant memory. Chunks are only concatenated when a message spans them, and then once.
 */
export class DelimitedSplitter {
  private parts: Uint8Array[] = [];
  private buffered = 0;
  /** Offset in the whole stream of the first buffered byte (for error offsets). */
  private offset = 0;
  private messageCount = 0;
  /** Bytes needed before the pending message is complete (0 = unknown): avoids re-copying a big one. */
  private need = 0;
  /** Set when the stream is broken; nothing more is split after it. */
  error: PayloadErrorInfo | undefined;

  /** Adds a chunk and returns the messages it completed (views into the pushed chunks, not copies). */
  push(chunk: Uint8Array): Uint8Array[] {
    if (this.error || chunk.length === 0) return [];
    this.parts.push(chunk);
    this.buffered += chunk.length;
    if (this.buffered < this.need) return [];
    this.need = 0;
    const out: Uint8Array[] = [];
    let buf = this.parts.length === 1 ? chunk : this.flatten();
    let pos = 0;
    while (pos < buf.length) {
      const p = readVarint(buf, pos, buf.length);
      if (p === VARINT_OVERFLOW || (p > 0 && VARINT.hi !== 0)) {
        const path = `messages[${this.messageCount}]`;
        this.error = payloadErrorInfo(
          'varint-overflow',
          this.offset + pos,
          'a length prefix',
          'a varint too large for a message length',
          path,
        );
        break;
      }
      if (p < 0) break;
      if (VARINT.lo > buf.length - p) {
        this.need = p - pos + VARINT.lo;
        break;
      }
      out.push(buf.subarray(p, p + VARINT.lo));
      this.messageCount++;
      pos = p + VARINT.lo;
    }
    this.offset += pos;
    buf = buf.subarray(pos);
    this.parts = buf.length ? [buf] : [];
    this.buffered = buf.length;
    return out;
  }

  private flatten(): Uint8Array {
    const all = new Uint8Array(this.buffered);
    let o = 0;
    for (const part of this.parts) {
      all.set(part, o);
      o += part.length;
    }
    return all;
  }

  /** Call at the end of the stream: an error when a message was cut off or the stream was broken. */
  end(): PayloadErrorInfo | undefined {
    if (this.error || this.buffered === 0) return this.error;
    const path = `messages[${this.messageCount}]`;
    return payloadErrorInfo(
      'truncated',
      this.offset,
      'a complete length-delimited message',
      `${this.buffered} byte(s) before the end of the stream`,
      path,
    );
  }

  /** Messages split so far. */
  get count(): number {
    return this.messageCount;
  }
}
