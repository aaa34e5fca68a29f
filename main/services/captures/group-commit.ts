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
  /** Start a new batch at this many buffers (stays under the OS iovec limit; default 1024). */
  maxBatchRecords?: number;
  /** fdatasync after every batch (default true). Off when the file is opened O_DSYNC, or for scratch files. */
  sync?: boolean;
  /**
   * Batches being synced at once (default 1). 1 gives the largest batches and the least CPU per record;
   * 2 writes the next batch while the last one syncs (lower latency when the CPU has room to spare).
   */
  maxSyncs?: number;
}

/** Default largest batch, in bytes. */
export const DEFAULT_MAX_BATCH_BYTES = 8 * 1024 * 1024;

interface Pending {
  /** The record's bytes: one buffer, or its parts in order (written as they are, without a copy). */
  bufs: readonly Buffer[];
  bytes: number;
  resolve: (offset: number) => void;
  reject: (error: Error) => void;
}

/**
 * An append-only log with group commit: appends that arrive while the disk is busy are batched into one
 * writev, and each written batch gets its own fdatasync (optionally pipelined: the next batch is written
 * while the previous one syncs). Every promise resolves only
 * once an fdatasync that started after its bytes were written has returned: a listener that answers 200
 * after `append` never acknowledges data a power cut could take. Records land in `append` call order.
 */
export class GroupCommitLog {
  private queue: Pending[] = [];
  private writing: Promise<void> | undefined;
  private syncing = 0;
  private slotWaiters: (() => void)[] = [];
  private broken: Error | undefined;
  private closed = false;
  private readonly maxBatchBytes: number;
  private readonly maxBatchRecords: number;
  private readonly sync: boolean;
  private readonly maxSyncs: number;

  constructor(
    private readonly file: AppendableFile,
    private end: number,
    options: GroupCommitOptions = {},
  ) {
    this.maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
    this.maxBatchRecords = options.maxBatchRecords ?? 1024;
    this.sync = options.sync ?? true;
    this.maxSyncs = options.maxSyncs ?? 1;
  }

  /**
   * Queues one framed record (a buffer, or its parts in order); resolves with its file offset once it is
   * durable, rejects if it cannot be. Parts are not copied: they must not change until the promise settles.
   */
  append(record: Buffer | readonly Buffer[]): Promise<number> {
    if (this.broken) return Promise.reject(this.broken);
    if (this.closed) return Promise.reject(new CaptureError('store-closed', 'The capture file is closed.'));
    const bufs = Buffer.isBuffer(record) ? [record] : record;
    let bytes = 0;
    for (const b of bufs) bytes += b.length;
    return new Promise<number>((resolve, reject) => {
      this.queue.push({ bufs, bytes, resolve, reject });
      // Start on the next turn of the event loop: every append of this I/O phase joins the first batch.
      this.writing ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => this.writeLoop());
    });
  }

  /** Waits for queued appends to become durable (or fail), then refuses new ones. */
  async close(): Promise<void> {
    this.closed = true;
    await this.writing;
    while (this.syncing > 0) await this.slotFreed();
  }

  private async writeLoop(): Promise<void> {
    try {
      while (this.queue.length > 0) {
        while (this.syncing >= this.maxSyncs) await this.slotFreed();
        const batch = this.takeBatch();
        const start = this.end;
        try {
          if (this.broken) throw this.broken;
          await this.writeAll(
            batch.flatMap((p) => p.bufs),
            start,
          );
        } catch (e) {
          const error = await this.recover(start, e);
          for (const p of batch) p.reject(error);
          continue;
        }
        this.end = start + batch.reduce((n, p) => n + p.bytes, 0);
        this.syncing += 1;
        void this.syncBatch(batch, start);
      }
    } finally {
      this.writing = undefined;
    }
  }

  private async syncBatch(batch: Pending[], start: number): Promise<void> {
    try {
      if (this.sync) await this.file.datasync();
      if (this.broken) throw this.broken;
      let offset = start;
      for (const p of batch) {
        p.resolve(offset);
        offset += p.bytes;
      }
    } catch (e) {
      // After a failed fsync the page cache can no longer be trusted (it may have dropped the dirty pages):
      // stop accepting rather than acknowledge data that may not be on disk.
      this.broken ??= new CaptureError(
        'store-broken',
        `The capture file could not be synced to disk (${(e as Error).message}); nothing more is accepted.`,
        { cause: e },
      );
      for (const p of batch) p.reject(this.broken);
    } finally {
      this.syncing -= 1;
      for (const wake of this.slotWaiters.splice(0)) wake();
    }
  }

  private slotFreed(): Promise<void> {
    return new Promise((resolve) => this.slotWaiters.push(resolve));
  }

  private takeBatch(): Pending[] {
    let bytes = 0;
    let buffers = 0;
    let count = 0;
    while (count < this.queue.length) {
      const next = this.queue[count] as Pending;
      const over =
        bytes + next.bytes > this.maxBatchBytes || buffers + next.bufs.length > this.maxBatchRecords;
      if (count > 0 && over) break;
      bytes += next.bytes;
      buffers += next.bufs.length;
      count += 1;
    }
    return this.queue.splice(0, count);
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
