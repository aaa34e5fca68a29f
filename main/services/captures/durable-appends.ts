import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { DIRECT_BLOCK, openDirectFile } from './direct-file.ts';
import { fdFile } from './fd-file.ts';
import type { AppendableFile } from './group-commit.ts';

/** How a capture's appends reach the disk (CaptureWriter.appendMode). */
export type AppendMode = 'direct' | 'dsync' | 'fdatasync' | 'unsynced';

/** The descriptor a capture writer appends through, and how to close it. */
export interface DurableAppends {
  file: AppendableFile;
  mode: AppendMode;
  /** Whether the log must call fdatasync after each write (only in `fdatasync` mode). */
  needsSync: boolean;
  /** Ends the file on its last record and closes the descriptor (again: nothing more happens). */
  close(): Promise<void>;
}

/** What to open for: the file, its current end, and the largest batch the log will write at once. */
export interface DurableAppendsOptions {
  path: string;
  end: number;
  maxBatchBytes: number;
  /** Appends must be durable when they resolve (false only for scratch files). */
  durable: boolean;
  /** Try O_DIRECT where the platform has it (default true). */
  direct?: boolean;
}

/**
 * Reopens a capture file for appends in the cheapest durable way the platform and file system allow:
 * O_DIRECT | O_DSYNC on Linux file systems that take it (the disk reads each batch from our memory; about
 * a seventh of the kernel time of buffered writes), else O_DSYNC (each write durable when it returns: one
 * trip to the I/O thread pool per batch), else a write followed by fdatasync. `handle` is closed.
 */
export async function openDurableAppends(
  handle: FileHandle,
  options: DurableAppendsOptions,
): Promise<DurableAppends> {
  const { path, end, durable } = options;
  const { O_DIRECT, O_DSYNC, O_RDWR } = constants;
  if (!durable || O_DSYNC === undefined) return plain(handle, durable ? 'fdatasync' : 'unsynced');
  await handle.close();
  if (O_DIRECT !== undefined && options.direct !== false) {
    const direct = await open(path, O_RDWR | O_DSYNC | O_DIRECT).catch(() => undefined);
    if (direct) {
      try {
        const file = await openDirectFile(direct.fd, end, options.maxBatchBytes + DIRECT_BLOCK);
        await file.probe();
        let closing: Promise<void> | undefined;
        return {
          file,
          mode: 'direct',
          needsSync: false,
          close: () => (closing ??= file.trimPadding().finally(() => direct.close())),
        };
      } catch {
        await direct.close();
      }
    }
  }
  return plain(await open(path, O_RDWR | O_DSYNC), 'dsync');
}

function plain(handle: FileHandle, mode: AppendMode): DurableAppends {
  return { file: fdFile(handle.fd), mode, needsSync: mode === 'fdatasync', close: () => handle.close() };
}
