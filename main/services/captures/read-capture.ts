import { open } from 'node:fs/promises';
import { CaptureError } from './capture-error.ts';
import { FileWindow } from './file-window.ts';
import { FILE_HEADER_BYTES, RecordKind, checkFileHeader } from './record-format.ts';
import type { CaptureEntry, CaptureRecord, RequestMeta, SessionMeta } from './record-types.ts';
import { walkRecords, type WalkOptions } from './walk-records.ts';

/** Options of a streaming read. */
export interface ReadCaptureOptions {
  /** Bytes read per disk read (default 1 MiB); memory stays near this unless one record is larger. */
  chunkSize?: number;
  /** Receives the reader's largest buffer size when the read ends (lets tests prove memory stays bounded). */
  onDone?(stats: { highWater: number }): void;
}

/**
 * Streams every entry of a capture file in order (sessions, requests, and any damage found), reading it
 * in chunks: a multi-GB capture is read with about one chunk of memory. Never needs the network.
 * Bodies are copies the caller may keep.
 */
export async function* readCapture(
  path: string,
  options: ReadCaptureOptions = {},
): AsyncGenerator<CaptureEntry> {
  const walkOptions: WalkOptions = { withBodies: true, verify: () => true };
  const opened = await openCaptureForRead(path, options.chunkSize);
  try {
    for await (const walked of walkRecords(opened.window, walkOptions)) {
      if ('issue' in walked) {
        yield { type: 'issue', issue: walked.issue };
      } else if (walked.kind === RecordKind.Session) {
        yield { type: 'session', offset: walked.offset, session: walked.meta as SessionMeta };
      } else if (walked.kind === RecordKind.Request) {
        const record: CaptureRecord = {
          ...(walked.meta as RequestMeta),
          body: new Uint8Array(walked.body ?? []),
        };
        yield { type: 'request', offset: walked.offset, record };
      }
      // Unknown kinds come from a newer Meterscope: skipped, the rest stays readable.
    }
  } finally {
    options.onDone?.({ highWater: opened.window.highWater });
    await opened.close();
  }
}

/** An open capture positioned after its header. */
export interface OpenedCapture {
  window: FileWindow;
  size: number;
  close(): Promise<void>;
}

/** Opens a capture for reading and checks its header; explains a missing file or a non-capture plainly. */
export async function openCaptureForRead(path: string, chunkSize?: number): Promise<OpenedCapture> {
  const handle = await open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') throw new CaptureError('capture-missing', `No capture file at ${path}.`);
    throw e;
  });
  try {
    const { size } = await handle.stat();
    const header = Buffer.alloc(FILE_HEADER_BYTES);
    const { bytesRead } = await handle.read(header, 0, FILE_HEADER_BYTES, 0);
    checkFileHeader(header.subarray(0, bytesRead), path);
    const window = new FileWindow(handle, size, FILE_HEADER_BYTES, chunkSize);
    return { window, size, close: () => handle.close() };
  } catch (e) {
    await handle.close();
    throw e;
  }
}
