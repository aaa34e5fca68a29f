import { DIRECT_BLOCK } from './direct-file.ts';
import type { FileWindow } from './file-window.ts';
import type { CaptureIssue } from './record-types.ts';
import {
  PAYLOAD_PREFIX_BYTES,
  RECORD_FRAME_BYTES,
  parsePayload,
  payloadIntact,
  readRecordFrame,
} from './record-format.ts';

/** One record as the walker found it; `body` only when bodies were asked for. */
export interface WalkedRecord {
  offset: number;
  /** Offset just past this record. */
  next: number;
  kind: number;
  meta: unknown;
  body?: Buffer;
}

/** How to walk: whether to load bodies, and which records to check against their checksum. */
export interface WalkOptions {
  withBodies: boolean;
  /** Checksum-verify the record at this offset? (Always true when bodies are read.) */
  verify(offset: number): boolean;
}

/**
 * Walks the records of a capture file from the window's position, in order, reporting damage instead of
 * throwing: a torn tail ends the walk, a corrupt record in the middle is skipped. This is the one place
 * that decides what "torn" means, so the reader, the summary and crash recovery agree.
 */
export async function* walkRecords(
  window: FileWindow,
  options: WalkOptions,
): AsyncGenerator<WalkedRecord | { issue: CaptureIssue }> {
  while (window.remaining > 0) {
    const offset = window.position;
    const torn = (reason: string) => ({ issue: tornTail(offset, window.remaining, reason) });
    if (await isPadding(window)) return;
    if (!(await window.ensure(RECORD_FRAME_BYTES + PAYLOAD_PREFIX_BYTES))) {
      yield torn('the file ends inside a record header');
      return;
    }
    const frame = readRecordFrame(window.view(RECORD_FRAME_BYTES), 0);
    if (!frame) {
      yield torn('a record header holds an impossible length');
      return;
    }
    const total = RECORD_FRAME_BYTES + frame.payloadBytes;
    if (total > window.remaining) {
      yield torn(`the last record needs ${total} bytes but only ${window.remaining} are in the file`);
      return;
    }
    const verify = options.withBodies || options.verify(offset);
    const metaBytes = window.view(PAYLOAD_PREFIX_BYTES, RECORD_FRAME_BYTES).readUInt32LE(1);
    const need = verify ? total : Math.min(total, RECORD_FRAME_BYTES + PAYLOAD_PREFIX_BYTES + metaBytes);
    await window.ensure(need);
    const payload = window.view(need - RECORD_FRAME_BYTES, RECORD_FRAME_BYTES);
    if (verify && !payloadIntact(payload, frame.crc)) {
      if (total === window.remaining) {
        yield torn('the last record is incomplete (checksum mismatch)');
        return;
      }
      window.skip(total);
      yield { issue: corrupt(offset, total, 'checksum mismatch; the record was skipped') };
      continue;
    }
    const parsed = parsePayload(payload);
    window.skip(total);
    if (!parsed) {
      yield { issue: corrupt(offset, total, 'unreadable record metadata; the record was skipped') };
      continue;
    }
    const record: WalkedRecord = { offset, next: offset + total, kind: parsed.kind, meta: parsed.meta };
    if (options.withBodies) record.body = parsed.body;
    yield record;
  }
}

/**
 * True when the rest of the file is fewer than DIRECT_BLOCK zero bytes: the padding a direct-append
 * writer leaves after its last record while the file is open (or after a crash), not a record.
 */
async function isPadding(window: FileWindow): Promise<boolean> {
  const n = window.remaining;
  if (n >= DIRECT_BLOCK || !(await window.ensure(n))) return false;
  const rest = window.view(n);
  for (let i = 0; i < n; i++) if (rest[i] !== 0) return false;
  return true;
}

function tornTail(offset: number, bytes: number, reason: string): CaptureIssue {
  return { kind: 'torn-tail', offset, bytes, reason };
}

function corrupt(offset: number, bytes: number, reason: string): CaptureIssue {
  return { kind: 'corrupt-record', offset, bytes, reason };
}
