import { mkdir, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { MAX_OPENED_FRAMES } from '../../../shared/contract/calls/captures.ts';
import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';
import { liveFrame } from '../../ipc/live-frame.ts';
import { ServiceError } from '../../ipc/service-error.ts';
import { bulkDecode } from '../captures/bulk-decode.ts';
import { CAPTURE_EXTENSION } from '../captures/capture-sessions.ts';
import { decodeSafely } from '../captures/decode-summary.ts';
import { readCapture } from '../captures/read-capture.ts';
import type { CaptureRecord } from '../captures/record-types.ts';

/** A capture listed in the frame list: its frames (up to the limit), how many it holds, and any damage. */
export interface OpenedCapture {
  path: string;
  name: string;
  frames: LiveFrame[];
  total: number;
  issues: string[];
}

/** A stored request as the frame list shows it (decoded again: the record keeps only the summary). */
export function frameFromRecord(record: CaptureRecord): LiveFrame {
  const { decoded } = decodeSafely(bulkDecode, record.body);
  return liveFrame({ ...record, status: record.decode, items: decoded?.items ?? [] }, record.error);
}

/**
 * Reads a capture file into the Live view's frame list, with no network. Damaged parts (a torn tail from a
 * crash, a corrupt record) are skipped and named; everything readable is listed.
 */
export async function openCapture(path: string): Promise<OpenedCapture> {
  const opened: OpenedCapture = { path, name: basename(path), frames: [], total: 0, issues: [] };
  for await (const entry of readCapture(path)) {
    if (entry.type === 'issue') {
      opened.issues.push(`${entry.issue.kind} at byte ${entry.issue.offset}: ${entry.issue.reason}`);
    } else if (entry.type === 'request') {
      opened.total += 1;
      if (opened.frames.length < MAX_OPENED_FRAMES) opened.frames.push(frameFromRecord(entry.record));
    }
  }
  return opened;
}

/** The path of a capture in the captures folder by its file name (no folders: the name is all a view sends). */
export function captureInFolder(dir: string, name: string): string {
  if (name !== basename(name) || !name.endsWith(CAPTURE_EXTENSION) || name.startsWith('.')) {
    throw new ServiceError('bad-capture-name', `"${name}" is not a capture file of the captures folder.`);
  }
  return join(dir, name);
}

/** Stores a capture file picked in the browser under `<home>/opened/`, so it can be read like any other. */
export async function storeUpload(home: string, fileName: string, base64: string): Promise<string> {
  const dir = join(home, 'opened');
  await mkdir(dir, { recursive: true });
  const safe = basename(fileName).replace(/[^\w.-]+/g, '_') || 'upload.mscap';
  const path = join(dir, `${Date.now()}-${safe}`);
  await writeFile(path, Buffer.from(base64, 'base64'));
  return path;
}
