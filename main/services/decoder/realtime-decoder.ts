import { decodeMessages, parsePayloadInput } from '../../../shared/realtime/index.ts';
import type { DecoderPort } from './decode-text.ts';

/** The real decoder (shared/realtime) behind the decoder service's port. */
export function createRealtimeDecoder(): DecoderPort {
  return { parsePayloadInput, decodeMessages };
}
