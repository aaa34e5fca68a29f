/**
 * The shapes stored in a capture file (see README "Capture file format"). Metadata is JSON so the format
 * can grow fields without a version bump; the request body is stored raw so it stays byte-exact.
 */

/** Whether the shared decoder read the whole body, stopped with an error, or could not run at all. */
export type DecodeStatus = 'ok' | 'error' | 'failed';

/** Where and why decoding stopped; the full details come back by decoding the stored body again. */
export interface StoredDecodeError {
  code: string;
  offset: number;
  message: string;
}

/** Metadata of one received POST, as stored in front of its body. */
export interface RequestMeta {
  /** Sequence number, unique and increasing within a file (continues across restarts). */
  seq: number;
  /** Receive time: whole milliseconds since 1970-01-01 UTC ... */
  ms: number;
  /** ... plus nanoseconds within that millisecond (0..999999). */
  ns: number;
  remote: string;
  remotePort: number;
  method: string;
  /** Raw header pairs in arrival order; Authorization-like values are redacted before storing. */
  headers: [string, string][];
  decode: DecodeStatus;
  error?: StoredDecodeError;
  /** Distinct device GUIDs in the payload (lets `captures info` answer without decoding bodies). */
  devices: readonly string[];
  /** Number of DeviceData items decoded. */
  itemCount: number;
}

/** One received POST: its metadata and the body exactly as it arrived. */
export interface CaptureRecord extends RequestMeta {
  body: Uint8Array;
}

/** Written when a listener starts appending to a file: who captured, when, and at which (redacted) URL. */
export interface SessionMeta {
  name: string;
  /** ISO-8601 UTC. */
  started: string;
  /** Local listener URL with the secret path segment replaced by `[secret]`. */
  listenerUrl?: string;
  /** Public (tunnel) URL with the secret replaced, when one was used. */
  publicUrl?: string;
  /** The sequence number the session's first request gets. */
  firstSeq: number;
  tool: string;
}

/** Something wrong in a file that was skipped, so reading could go on. */
export interface CaptureIssue {
  /**
   * `torn-tail`: the file ends inside a record (a crash during a write); everything from `offset` is unreadable.
   * `corrupt-record`: one record's checksum does not match; it was skipped and reading continued after it.
   */
  kind: 'torn-tail' | 'corrupt-record';
  offset: number;
  /** How many bytes were skipped. */
  bytes: number;
  reason: string;
}

/** What a streaming read yields, in file order. */
export type CaptureEntry =
  | { type: 'session'; offset: number; session: SessionMeta }
  | { type: 'request'; offset: number; record: CaptureRecord }
  | { type: 'issue'; issue: CaptureIssue };
