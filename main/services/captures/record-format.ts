import { crc32 } from 'node:zlib';
import { CaptureError } from './capture-error.ts';
import type { RequestMeta, SessionMeta } from './record-types.ts';

/**
 * The byte layout of a capture file (documented in README "Capture file format"):
 *
 *   file   = header(16) record*
 *   header = magic "MSCAP\r\n\x1a" (8) | u16 version | u16 flags | u32 CRC-32 of the 12 bytes before
 *   record = u32 length L | u32 CRC-32 of payload | payload (L bytes)
 *   payload = u8 kind | u32 meta length M | meta (M bytes UTF-8 JSON) | body (L - 5 - M bytes, raw)
 *
 * All integers little-endian. Length + checksum first, so a reader can tell a torn record from a whole one.
 */
export const MAGIC = Buffer.from('MSCAP\r\n\x1a', 'latin1');
/** Format version written by this build; readers refuse newer ones instead of misreading them. */
export const FORMAT_VERSION = 1;
/** Size of the file header. */
export const FILE_HEADER_BYTES = 16;
/** Size of a record's frame (length + checksum) before its payload. */
export const RECORD_FRAME_BYTES = 8;
/** Kind byte + meta length in front of every payload's meta. */
export const PAYLOAD_PREFIX_BYTES = 5;
/** Largest payload a reader accepts: anything larger is damage, not data (bodies are limited far below). */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/** Record kinds: a session start, or one received request. */
export const RecordKind = { Session: 1, Request: 2 } as const;
/** One of the RecordKind values. */
export type RecordKind = (typeof RecordKind)[keyof typeof RecordKind];

/** The 16-byte header every capture file starts with. */
export function encodeFileHeader(): Buffer {
  const header = Buffer.alloc(FILE_HEADER_BYTES);
  MAGIC.copy(header, 0);
  header.writeUInt16LE(FORMAT_VERSION, 8);
  header.writeUInt16LE(0, 10);
  header.writeUInt32LE(crc32(header.subarray(0, 12)), 12);
  return header;
}

/** Checks a file header and says plainly why a file is not a capture (or from a newer Meterscope). */
export function checkFileHeader(header: Uint8Array, path: string): void {
  const buf = Buffer.from(header.buffer, header.byteOffset, header.byteLength);
  if (buf.length < FILE_HEADER_BYTES || !buf.subarray(0, 8).equals(MAGIC)) {
    throw new CaptureError('not-a-capture', `${path} is not a Meterscope capture file (no MSCAP header).`);
  }
  if (buf.readUInt32LE(12) !== crc32(buf.subarray(0, 12))) {
    throw new CaptureError(
      'not-a-capture',
      `${path}: the capture file header is damaged (checksum mismatch).`,
    );
  }
  const version = buf.readUInt16LE(8);
  if (version > FORMAT_VERSION) {
    throw new CaptureError(
      'unsupported-version',
      `${path} was written by a newer Meterscope (capture format ${version}); update to read it.`,
    );
  }
}

/** Frames one record: length, checksum, kind, meta JSON and the raw body, in one buffer ready to write. */
export function encodeRecord(kind: RecordKind, meta: RequestMeta | SessionMeta, body?: Uint8Array): Buffer {
  const parts = encodeRecordParts(kind, meta, body);
  return parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
}

/**
 * The same record as encodeRecord, as [frame + kind + meta, body] without copying the body: the log writes
 * the parts with one writev. The checksum runs over both parts as if they were one. `metaJson`, when
 * given, must be JSON.stringify(meta) (e.g. from requestMetaJson).
 */
export function encodeRecordParts(
  kind: RecordKind,
  meta: RequestMeta | SessionMeta,
  body?: Uint8Array,
  metaJson = JSON.stringify(meta),
): Buffer[] {
  const metaBytes = Buffer.byteLength(metaJson);
  const bodyBytes = body?.byteLength ?? 0;
  const payloadBytes = PAYLOAD_PREFIX_BYTES + metaBytes + bodyBytes;
  if (payloadBytes > MAX_PAYLOAD_BYTES) {
    throw new CaptureError(
      'record-too-large',
      `A record of ${payloadBytes} bytes exceeds the capture limit.`,
    );
  }
  const head = Buffer.allocUnsafe(RECORD_FRAME_BYTES + PAYLOAD_PREFIX_BYTES + metaBytes);
  head.writeUInt32LE(payloadBytes, 0);
  head.writeUInt8(kind, 8);
  head.writeUInt32LE(metaBytes, 9);
  head.write(metaJson, 13, 'utf8');
  let crc = crc32(head.subarray(RECORD_FRAME_BYTES));
  if (!body || bodyBytes === 0) {
    head.writeUInt32LE(crc, 4);
    return [head];
  }
  const bodyBuf = Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  crc = crc32(bodyBuf, crc);
  head.writeUInt32LE(crc, 4);
  return [head, bodyBuf];
}

/** A record's frame fields, read without touching its body. */
export interface RecordFrame {
  payloadBytes: number;
  crc: number;
}

/** Reads the 8-byte frame at `at`; undefined when the length is impossible (damage, not a record). */
export function readRecordFrame(buf: Buffer, at: number): RecordFrame | undefined {
  const payloadBytes = buf.readUInt32LE(at);
  if (payloadBytes < PAYLOAD_PREFIX_BYTES || payloadBytes > MAX_PAYLOAD_BYTES) return undefined;
  return { payloadBytes, crc: buf.readUInt32LE(at + 4) };
}

/** A payload split into its kind, parsed meta and body view (the body is not copied). */
export interface ParsedPayload {
  kind: number;
  meta: unknown;
  body: Buffer;
}

/** Splits a checksum-verified payload; undefined when its inner lengths or JSON do not hold together. */
export function parsePayload(payload: Buffer): ParsedPayload | undefined {
  const kind = payload.readUInt8(0);
  const metaBytes = payload.readUInt32LE(1);
  if (PAYLOAD_PREFIX_BYTES + metaBytes > payload.length) return undefined;
  try {
    const meta: unknown = JSON.parse(payload.toString('utf8', 5, 5 + metaBytes));
    return { kind, meta, body: payload.subarray(5 + metaBytes) };
  } catch {
    return undefined;
  }
}

/** True when the payload's stored checksum matches its bytes. */
export function payloadIntact(payload: Buffer, crc: number): boolean {
  return crc32(payload) === crc;
}
