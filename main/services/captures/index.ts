/**
 * The capture store: durable, crash-safe capture files of received webhook POSTs, and everything that
 * reads them (streaming reader, quick summary, NDJSON/CSV/HAR export, NDJSON import). No network needed.
 */
export { CaptureError, type CaptureErrorCode } from './capture-error.ts';
export {
  createCaptureFile,
  openCaptureWriter,
  type CaptureWriter,
  type CaptureWriterOptions,
  type Recovery,
  type RequestInput,
} from './capture-writer.ts';
export {
  CAPTURE_EXTENSION,
  captureFileName,
  defaultCaptureDir,
  listCaptures,
  newCapturePath,
} from './capture-sessions.ts';
export { bulkDecode } from './bulk-decode.ts';
export { decodeSafely, summarizeDecode, type DecodePayload, type DecodeSummary } from './decode-summary.ts';
export { exportCsv, CSV_COLUMNS } from './export-csv.ts';
export { exportHar } from './export-har.ts';
export { exportNdjson, ndjsonRequest, type ExportResult } from './export-ndjson.ts';
export {
  importNdjson,
  NothingImportedError,
  type ImportOptions,
  type ImportResult,
} from './import-ndjson.ts';
export { catalogLabels, type LabelObis, type ObisLabel } from './obis-labels.ts';
export { readCapture, type ReadCaptureOptions } from './read-capture.ts';
export { formatReceiveTime, type ReceiveTime } from './receive-time.ts';
export type {
  CaptureEntry,
  CaptureIssue,
  CaptureRecord,
  DecodeStatus,
  RequestMeta,
  SessionMeta,
  StoredDecodeError,
} from './record-types.ts';
export { summarizeCapture, type CaptureSummary, type SummarizeOptions } from './summarize-capture.ts';
export type { WriteText } from './text-sink.ts';
