import { openCaptureForRead } from './read-capture.ts';
import { FILE_HEADER_BYTES, RecordKind } from './record-format.ts';
import type { CaptureIssue, RequestMeta, SessionMeta } from './record-types.ts';
import { walkRecords } from './walk-records.ts';

/** What `captures info` shows and what a writer needs to continue a file after a crash. */
export interface CaptureSummary {
  path: string;
  /** File size on disk. */
  bytes: number;
  /** Offset just after the last whole record: where the next append goes once a torn tail is cut off. */
  validEnd: number;
  sessions: SessionMeta[];
  records: number;
  firstSeq?: number;
  lastSeq?: number;
  /** Receive time of the first and last record, ms since 1970. */
  firstMs?: number;
  lastMs?: number;
  /** Records whose body did not decode completely (status error or failed). */
  decodeErrors: number;
  /** Devices seen, with how many records mention each, most frequent first. */
  devices: { id: string; records: number }[];
  issues: CaptureIssue[];
  /** The torn tail, when the file ends inside a record (it is also in `issues`). */
  tornTail?: CaptureIssue;
}

/** Options of the quick scan. */
export interface SummarizeOptions {
  /** Checksum-verify every record instead of the tail only (slower; reads every body). */
  verifyAll?: boolean;
  /** How much of the file end is checksum-verified in a quick scan (default 32 MiB: more than any batch). */
  verifyTailBytes?: number;
}

/**
 * Opens a capture fast: walks record headers and metadata without reading bodies, and checksum-verifies
 * only the tail, the one place a crash can tear (earlier records were fsynced before any later write).
 * Used by `captures info` and by the writer to find where to continue.
 */
export async function summarizeCapture(
  path: string,
  options: SummarizeOptions = {},
): Promise<CaptureSummary> {
  const opened = await openCaptureForRead(path, 64 * 1024);
  const tailFrom = opened.size - (options.verifyTailBytes ?? 32 * 1024 * 1024);
  const summary: CaptureSummary = {
    path,
    bytes: opened.size,
    validEnd: FILE_HEADER_BYTES,
    sessions: [],
    records: 0,
    decodeErrors: 0,
    devices: [],
    issues: [],
  };
  const devices = new Map<string, number>();
  try {
    const walk = walkRecords(opened.window, {
      withBodies: false,
      verify: (offset) => options.verifyAll === true || offset >= tailFrom,
    });
    for await (const walked of walk) {
      if ('issue' in walked) {
        summary.issues.push(walked.issue);
        if (walked.issue.kind === 'torn-tail') summary.tornTail = walked.issue;
        continue;
      }
      summary.validEnd = walked.next;
      if (walked.kind === RecordKind.Session) summary.sessions.push(walked.meta as SessionMeta);
      if (walked.kind === RecordKind.Request) addRequest(summary, devices, walked.meta as RequestMeta);
    }
  } finally {
    await opened.close();
  }
  summary.devices = [...devices]
    .map(([id, records]) => ({ id, records }))
    .sort((a, b) => b.records - a.records || a.id.localeCompare(b.id));
  return summary;
}

function addRequest(summary: CaptureSummary, devices: Map<string, number>, meta: RequestMeta): void {
  summary.records += 1;
  summary.firstSeq ??= meta.seq;
  summary.lastSeq = meta.seq;
  summary.firstMs = Math.min(summary.firstMs ?? meta.ms, meta.ms);
  summary.lastMs = Math.max(summary.lastMs ?? meta.ms, meta.ms);
  if (meta.decode !== 'ok') summary.decodeErrors += 1;
  for (const id of meta.devices) devices.set(id, (devices.get(id) ?? 0) + 1);
}
