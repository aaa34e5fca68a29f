import { z } from 'zod';
import { defineCall } from '../define.ts';
import { DecodedPayloadSchema } from '../realtime-schemas.ts';

/** Longest text the decoder view may send (16 Mi characters, an 8 MB payload as hex). */
export const MAX_DECODE_TEXT = 16 * 1024 * 1024;

/** `decoder:decode`: pasted or dropped text → the bytes and every message in them, decoded. */
export const decoderDecodeCall = defineCall({
  summary: 'Decode pasted text (hex, base64, decimal bytes) as Realtime-API payloads',
  request: z.object({
    text: z.string().max(MAX_DECODE_TEXT, 'the payload is too long (16 Mi characters at most)'),
    format: z.enum(['auto', 'hex', 'base64', 'decimal']).default('auto'),
    /** Leading bytes to skip (e.g. a transport header). */
    skip: z.int().min(0).default(0),
    framing: z.enum(['none', 'delimited', 'grpc']).default('none'),
  }),
  response: z.object({
    /** The format the text was read as (after auto-detection). */
    format: z.enum(['hex', 'base64', 'decimal', 'binary']),
    /** All input bytes as upper-case hex, for the hex pane. */
    hex: z.string(),
    /** How many messages the framing found (1 for framing `none`). */
    messageCount: z.int().min(0),
    /**
     * Every message decoded into one result whose byte ranges and error offsets point into `hex` (the whole
     * input); with several messages, paths start with `messages[k].`. Partial items are kept on error.
     */
    decoded: DecodedPayloadSchema,
  }),
});
