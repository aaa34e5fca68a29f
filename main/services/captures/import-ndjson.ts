import { open, rm, type FileHandle } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { CaptureError } from './capture-error.ts';
import { createCaptureFile } from './capture-writer.ts';
import { decodeSafely, type DecodePayload } from './decode-summary.ts';
import { GroupCommitLog } from './group-commit.ts';
import { RecordKind, encodeRecord } from './record-format.ts';
import type { SessionMeta } from './record-types.ts';
import { parseImportedRequest, parseImportedSession } from './import-line.ts';

/** What an import did, including every line it could not use (skipped, never fatal). */
export interface ImportResult {
  sessions: number;
  records: number;
  skipped: { line: number; reason: string }[];
}

/** An import that found no usable line: no file was written; `skipped` says why for each line. */
export class NothingImportedError extends CaptureError {
  constructor(
    input: string,
    output: string,
    readonly skipped: ImportResult['skipped'],
  ) {
    super(
      'nothing-imported',
      `Nothing in ${input} could be imported (${skipped.length} line(s) skipped); ${output} was not written.`,
    );
  }
}

/** Ports and labels of an import. */
export interface ImportOptions {
  /** Fills in decode status and devices for lines that lack them (hand-written NDJSON). */
  decode: DecodePayload;
  now?: () => Date;
  tool?: string;
}

/**
 * Turns an NDJSON export (or hand-written NDJSON with at least `bodyBase64`) back into a capture file.
 * Stored fields are kept exactly, so importing an export reproduces the original capture byte for byte.
 * Lines that are not usable are reported and skipped. The output file must not exist yet; it is not left
 * behind when the input cannot be read or holds nothing importable (CaptureError `nothing-imported`, with
 * the skipped lines in `skipped`).
 */
export async function importNdjson(
  input: string,
  output: string,
  options: ImportOptions,
): Promise<ImportResult> {
  const source = await openInput(input);
  let handle: FileHandle;
  try {
    handle = await createCaptureFile(output);
  } catch (e) {
    await source.close();
    throw e;
  }
  const log = new GroupCommitLog(handle, (await handle.stat()).size, { sync: false });
  const result: ImportResult = { sessions: 0, records: 0, skipped: [] };
  let pending: Promise<number>[] = [];
  let lastSeq = 0;
  let lineNo = 0;
  const append = async (buf: Buffer) => {
    pending.push(log.append(buf));
    if (pending.length >= 1000) await Promise.all(pending.splice(0));
  };
  let done = false;
  try {
    const lines = createInterface({ input: source.createReadStream(), crlfDelay: Infinity });
    for await (const line of lines) {
      lineNo += 1;
      if (line.trim() === '') continue;
      const parsed = parseLine(line, lineNo, lastSeq, options);
      if ('reason' in parsed) {
        if (parsed.reason) result.skipped.push({ line: lineNo, reason: parsed.reason });
        continue;
      }
      if (parsed.kind === RecordKind.Request && result.sessions === 0) {
        await append(encodeRecord(RecordKind.Session, implicitSession(input, parsed.seq, options)));
        result.sessions += 1;
      }
      await append(parsed.record);
      if (parsed.kind === RecordKind.Session) result.sessions += 1;
      else {
        result.records += 1;
        lastSeq = parsed.seq;
      }
    }
    pending = [];
    await log.close();
    await handle.sync();
    done = result.sessions + result.records > 0;
  } finally {
    await handle.close();
    await source.close().catch(() => undefined); // the read stream may have closed it already
    if (!done) await rm(output, { force: true });
  }
  if (!done) throw new NothingImportedError(input, output, result.skipped);
  return result;
}

type ParsedLine = { kind: RecordKind; seq: number; record: Buffer } | { reason: string };

function parseLine(line: string, lineNo: number, lastSeq: number, options: ImportOptions): ParsedLine {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    return { reason: `line ${lineNo}: not JSON` };
  }
  if (typeof json !== 'object' || json === null) return { reason: `line ${lineNo}: not a JSON object` };
  const type = (json as { type?: unknown }).type ?? 'request';
  if (type === 'issue') return { reason: '' };
  if (type === 'session') {
    const session = parseImportedSession(json as Record<string, unknown>, lastSeq + 1);
    return { kind: RecordKind.Session, seq: lastSeq, record: encodeRecord(RecordKind.Session, session) };
  }
  const decode = (body: Uint8Array) => decodeSafely(options.decode, body);
  const now = (options.now?.() ?? new Date()).getTime();
  const request = parseImportedRequest(json as Record<string, unknown>, lastSeq + 1, decode, now);
  if (typeof request === 'string') return { reason: `line ${lineNo}: ${request}` };
  const record = encodeRecord(RecordKind.Request, request.meta, request.body);
  return { kind: RecordKind.Request, seq: request.meta.seq, record };
}

function implicitSession(input: string, firstSeq: number, options: ImportOptions): SessionMeta {
  return {
    name: `import of ${input}`,
    started: (options.now?.() ?? new Date()).toISOString(),
    firstSeq,
    tool: options.tool ?? 'meterscope',
  };
}

/** Opens the NDJSON input first, so a missing file is named plainly and no empty capture is created. */
async function openInput(input: string): Promise<FileHandle> {
  try {
    return await open(input, 'r');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : (e as Error).message;
    throw new CaptureError('import-missing', `Cannot read ${input}: ${why}.`, { cause: e });
  }
}
