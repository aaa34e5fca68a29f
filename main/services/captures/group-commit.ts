import { CaptureError } from './capture-error.ts';

/** The slice of node:fs/promises FileHandle the log needs: a port, so tests can make the disk fail. */
export interface AppendableFile {
  writev(buffers: Buffer[], position: number): Promise<{ bytesWritten: number }>;
  datasync(): Promise<void>;
  truncate(length: number): Promise<void>;
}

/** Tuning of the group commit. */
export interface GroupCommitOptions {
  /** Start a new batch once this many bytes are queued (bounds one write; default 8 MiB). */
  maxBatchBytes?: number;
  /** Start a new batch at this many records (stays under the OS iovec limit; default 1024). */
  maxBatchRecords?: number;
  /** fdatasync after every batch (default true). Off only for throw-away files. */
  sync?: boolean;
}

interface Pending {
  buf: Buffer;
  resolve: (offset: number) => void;
  reject: (error: Error) => void;
}

/**
 * An append-only log with group commit: appends that arrive while a write is in flight are batched into the
 * next single writev + fdatasync. Every promise resolves only once its bytes are durable, so a listener that
 * answers 200 after `append` never acknowledges data a power cut could take, yet throughput stays high.
 * Records are written in `append` call order.
 */
export class GroupCommitLog {
  private queue: Pending[] = [];
  private flushing: Promise<void> | undefined;
  private broken: Error | undefined;
  private closed = false;
  private readonly maxBatchBytes: number;
  private readonly maxBatchRecords: number;
  private readonly sync: boolean;

  constructor(
    private readonly file: AppendableFile,
    private end: number,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? 8 * 1024 * 1024;
    this.maxBatchRecords = options.maxBatchRecords ?? 1024;
    this.sync = options.sync ?? true;
  }

  /** Bytes durably in the file (the offset the next record gets). */
  get size(): number {
    return this.end;
  }

  /** Queues one framed record; resolves with its file offset once it is durable, rejects if it cannot be. */
  append(buf: Buffer): Promise<number> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new CaptureError('store-closed', 'The capture file is closed.'));
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ buf, resolve, reject });
      this.flushing ??= this.flushLoop();
    });
  }

  /** Waits for queued appends to become durable, then refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.flushing;
  }

  private async flushLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) await this.writeBatch(this.takeBatch());
    } finally {
      this.flushing = undefined;
    }
  }

  private takeBatch(): Pending[] {
    let bytes = 0;
    let count = 0;
    while (count < this.queue.length && count < this.maxBatchRecords) {
      const next = this.queue[count] as Pending;
      if (count > 0 && bytes + next.buf.length > this.maxBatchBytes) break;
      bytes += next.buf.length;
      count += 1;
    }
    return this.queue.splice(0, count);
  }

  private async writeBatch(batch: Pending[]): Promise<void> {
    const start = this.end;
    try {
      if (this.broken) throw this.broken;
      await this.writeAll(
        batch.map((p) => p.buf),
        start,
      );
      if (this.sync) await this.file.datasync();
    } catch (e) {
      const error = await this.recover(start, e);
      for (const p of batch) p.reject(error);
      return;
    }
    let offset = start;
    this.end = start + batch.reduce((n, p) => n + p.buf.length, 0);
    for (const p of batch) {
      p.resolve(offset);
      offset += p.buf.length;
    }
  }

  private async writeAll(buffers: Buffer[], position: number): Promise<void> {
    let rest = buffers;
    let at = position;
    while (rest.length > 0) {
      const { bytesWritten } = await this.file.writev(rest, at);
      if (bytesWritten <= 0) throw new Error('the disk accepted no bytes');
      at += bytesWritten;
      rest = skipBytes(rest, bytesWritten);
    }
  }

  /** Cuts a half-written batch off again so the file stays whole; if even that fails, stops accepting. */
  private async recover(start: number, cause: unknown): Promise<Error> {
    if (this.broken) return this.broken;
    const reason = cause instanceof Error ? cause.message : String(cause);
    try {
      await this.file.truncate(start);
      return new CaptureError('write-failed', `Writing to the capture file failed: ${reason}`, { cause });
    } catch {
      this.broken = new CaptureError(
        'store-broken',
        `The capture file can no longer be written (${reason}); nothing more is accepted.`,
        { cause },
      );
      return this.broken;
    }
  }
}

function skipBytes(buffers: Buffer[], n: number): Buffer[] {
  let left = n;
  let i = 0;
  while (i < buffers.length && left >= (buffers[i] as Buffer).length) {
    left -= (buffers[i] as Buffer).length;
    i += 1;
  }
  const rest = buffers.slice(i);
  if (left > 0 && rest.length > 0) rest[0] = (rest[0] as Buffer).subarray(left);
  return rest;
}
