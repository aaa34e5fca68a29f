import { open, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { CaptureError } from './capture-error.ts';
import type { DecodeSummary } from './decode-summary.ts';
import { openDurableAppends, type AppendMode } from './durable-appends.ts';
import { DEFAULT_MAX_BATCH_BYTES, GroupCommitLog, type GroupCommitOptions } from './group-commit.ts';
import {
  FILE_HEADER_BYTES,
  RecordKind,
  encodeFileHeader,
  encodeRecord,
  encodeRecordParts,
} from './record-format.ts';
import type { CaptureIssue } from './record-types.ts';
import { buildRequestMeta, buildSessionMeta, requestMetaJson } from './record-meta.ts';
import { redactHeaders } from './redact-headers.ts';
import { summarizeCapture } from './summarize-capture.ts';

/** One received request as the listener hands it over (headers still raw: the writer redacts them). */
export interface RequestInput {
  ms: number;
  ns: number;
  remote: string;
  remotePort: number;
  method: string;
  /** Node's flat rawHeaders list. */
  rawHeaders: readonly string[];
  body: Uint8Array;
  decoded: DecodeSummary;
}

/** Options of a writer: the session it starts, and group-commit tuning. */
export interface CaptureWriterOptions extends GroupCommitOptions {
  session: { name: string; listenerUrl?: string; publicUrl?: string };
  /** Wall clock for the session start (a port, so tests are deterministic). */
  now?: () => Date;
  tool?: string;
  /** Append with O_DIRECT where the platform allows it (default true; see openDurableAppends). */
  direct?: boolean;
}

/** What opening found: whether an earlier crash left a torn tail that was cut off. */
export interface Recovery {
  created: boolean;
  tornTail?: CaptureIssue;
  /** Records already in the file before this session. */
  existingRecords: number;
}

/** An open capture file accepting appends; every resolved append is durable. */
export interface CaptureWriter {
  readonly path: string;
  readonly recovery: Recovery;
  /** How appends reach the disk (see openDurableAppends). */
  readonly appendMode: AppendMode;
  /** Appends one request; resolves with its sequence number once the bytes are on disk. */
  append(input: RequestInput): Promise<{ seq: number; offset: number }>;
  /** Waits for pending appends, then closes the file. */
  close(): Promise<void>;
}

/**
 * Opens (or creates) a capture file for appending. An existing file is checked first: a torn last record
 * from a crash is reported and cut off so the new session continues on a whole record; numbering goes on
 * after the last stored sequence number. A new file's header and directory entry are fsynced.
 */
export async function openCaptureWriter(path: string, options: CaptureWriterOptions): Promise<CaptureWriter> {
  const opened = await openOrCreate(path);
  const { recovery, end, nextSeq } = opened;
  const maxBatchBytes = options.maxBatchBytes ?? DEFAULT_MAX_BATCH_BYTES;
  const appends = await openDurableAppends(opened.handle, {
    path,
    end,
    maxBatchBytes,
    durable: options.sync ?? true,
    direct: options.direct,
  });
  const log = new GroupCommitLog(appends.file, end, { ...options, maxBatchBytes, sync: appends.needsSync });
  let seq = nextSeq;
  const session = buildSessionMeta({
    ...options.session,
    started: (options.now?.() ?? new Date()).toISOString(),
    firstSeq: seq,
    tool: options.tool ?? 'meterscope',
  });
  try {
    await log.append(encodeRecord(RecordKind.Session, session));
  } catch (e) {
    await appends.close();
    throw e;
  }
  return {
    path,
    recovery,
    appendMode: appends.mode,
    async append(input) {
      const { decoded } = input;
      const meta = buildRequestMeta({
        seq: seq++,
        ms: input.ms,
        ns: input.ns,
        remote: input.remote,
        remotePort: input.remotePort,
        method: input.method,
        headers: redactHeaders(input.rawHeaders),
        decode: decoded.decode,
        devices: decoded.devices,
        itemCount: decoded.itemCount,
        error: decoded.error,
      });
      const record = encodeRecordParts(RecordKind.Request, meta, input.body, requestMetaJson(meta));
      const offset = await log.append(record);
      return { seq: meta.seq, offset };
    },
    async close() {
      await log.close();
      await appends.close();
    },
  };
}

interface Opened {
  handle: FileHandle;
  recovery: Recovery;
  end: number;
  nextSeq: number;
}

async function openOrCreate(path: string): Promise<Opened> {
  const created = await createCaptureFile(path).catch((e: unknown) => {
    if (e instanceof CaptureError && e.code === 'capture-exists') return undefined;
    throw e;
  });
  if (created)
    return {
      handle: created,
      recovery: { created: true, existingRecords: 0 },
      end: FILE_HEADER_BYTES,
      nextSeq: 1,
    };
  const handle = await open(path, 'r+');
  try {
    const { size } = await handle.stat();
    if (size < FILE_HEADER_BYTES && (await isHeaderPrefix(handle, size))) {
      // A crash between creating the file and syncing its header: start it again.
      await writeHeader(handle);
      return { handle, recovery: { created: true, existingRecords: 0 }, end: FILE_HEADER_BYTES, nextSeq: 1 };
    }
    const summary = await summarizeCapture(path);
    if (summary.validEnd < size) {
      await handle.truncate(summary.validEnd);
      await handle.datasync();
    }
    const recovery: Recovery = { created: false, existingRecords: summary.records };
    if (summary.tornTail) recovery.tornTail = summary.tornTail;
    return { handle, recovery, end: summary.validEnd, nextSeq: (summary.lastSeq ?? 0) + 1 };
  } catch (e) {
    await handle.close();
    throw e;
  }
}

/** Creates a new capture file (header and directory entry fsynced); refuses to replace an existing file. */
export async function createCaptureFile(path: string): Promise<FileHandle> {
  let handle: FileHandle;
  try {
    handle = await open(path, 'wx+');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new CaptureError('capture-exists', `${path} already exists.`, { cause: e });
    if (code === 'ENOENT') {
      throw new CaptureError('capture-missing', `Cannot create ${path}: its folder does not exist.`, {
        cause: e,
      });
    }
    throw new CaptureError('write-failed', `Cannot create ${path}: ${(e as Error).message}`, { cause: e });
  }
  try {
    await writeHeader(handle);
    await syncDirectory(dirname(path));
    return handle;
  } catch (e) {
    await handle.close();
    throw e;
  }
}

async function writeHeader(handle: FileHandle): Promise<void> {
  await handle.truncate(0);
  await handle.write(encodeFileHeader(), 0, FILE_HEADER_BYTES, 0);
  await handle.sync();
}

async function isHeaderPrefix(handle: FileHandle, size: number): Promise<boolean> {
  const buf = Buffer.alloc(size);
  await handle.read(buf, 0, size, 0);
  return buf.equals(encodeFileHeader().subarray(0, size));
}

/** Makes a new file's directory entry durable (without it a power cut can lose the whole file). */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
