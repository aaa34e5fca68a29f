/**
 * Replay and payload builder: re-send captured payloads (selected, edited, at original pace) and build
 * payloads from OBIS=value pairs, to any URL, reporting every request's outcome.
 */
export { buildPayload, type PayloadSpec } from './build-payload.ts';
export {
  applyEdits,
  parseAssignment,
  type EncodableItem,
  type EncodeItems,
  type ObisAssignment,
  type PayloadEdits,
} from './payload-edits.ts';
export { httpPoster, type HttpPoster, type PostOutcome, type PostPayload } from './post-payload.ts';
export { parseSelection, type RecordFilter } from './record-filter.ts';
export {
  replayCapture,
  type ReplayOptions,
  type ReplayResult,
  type ReplaySummary,
} from './replay-capture.ts';
