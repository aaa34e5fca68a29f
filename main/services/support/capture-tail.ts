import { basename } from 'node:path';
import { openCaptureForRead } from '../captures/read-capture.ts';
import { RecordKind } from '../captures/record-format.ts';
import type { CaptureIssue, RequestMeta, SessionMeta } from '../captures/record-types.ts';
import { walkRecords } from '../captures/walk-records.ts';

/** What a support bundle tells about a capture: its sessions, damage, and the last frames' metadata. */
export interface CaptureTail {
  /** File name only: the folder may name the user. */
  file: string;
  bytes: number;
  records: number;
  sessions: SessionMeta[];
  issues: CaptureIssue[];
  /** Metadata (time, sender, headers already redacted, decode status, devices) of the last frames; no bodies. */
  frames: RequestMeta[];
}

/**
 * Reads the metadata of a capture's last `frames` requests without their bodies (payloads are the
 * customer's readings and stay out of a support bundle). Walks record headers only, so a large capture
 * costs little memory: at most `frames` metadata objects are kept.
 */
export async function captureTail(path: string, frames: number): Promise<CaptureTail> {
  const opened = await openCaptureForRead(path, 64 * 1024);
  const tail: CaptureTail = {
    file: basename(path),
    bytes: opened.size,
    records: 0,
    sessions: [],
    issues: [],
    frames: [],
  };
  try {
    for await (const walked of walkRecords(opened.window, { withBodies: false, verify: () => false })) {
      if ('issue' in walked) tail.issues.push(walked.issue);
      else if (walked.kind === RecordKind.Session) tail.sessions.push(walked.meta as SessionMeta);
      else if (walked.kind === RecordKind.Request) {
        tail.records++;
        if (frames <= 0) continue;
        tail.frames.push(walked.meta as RequestMeta);
        if (tail.frames.length > frames) tail.frames.shift();
      }
    }
  } finally {
    await opened.close();
  }
  return tail;
}
