import { payloadErrorInfo } from './payload-error.ts';
import type { PayloadErrorInfo } from './types.ts';
import { readVarint, VARINT, VARINT_TRUNCATED } from './wire-varint.ts';

/** How messages are laid out in the input: one message, a varint length-delimited stream, or gRPC frames. */
export type Framing = 'none' | 'delimited' | 'grpc';

/** One message found in the input, with its offset so errors and spans can be shown in the whole input. */
export interface FramedMessage {
  offset: number;
  bytes: Uint8Array;
}

/** The messages of an input; a broken frame stops the split with `error`, keeping the messages before it. */
export interface FramedInput {
  messages: FramedMessage[];
  error?: PayloadErrorInfo;
}

/**
 * Splits bytes (from `start`) into messages. Captures and recorded streams use length prefixes; a frame
 * cut off by a truncated recording keeps every complete message before it.
 */
export function splitFrames(bytes: Uint8Array, start: number, framing: Framing): FramedInput {
  if (framing === 'none') return { messages: [{ offset: start, bytes: bytes.subarray(start) }] };
  const messages: FramedMessage[] = [];
  let pos = start;
  while (pos < bytes.length) {
    const path = `messages[${messages.length}]`;
    let bodyAt: number;
    let length: number;
    if (framing === 'delimited') {
      const p = readVarint(bytes, pos, bytes.length);
      if (p < 0) {
        const info =
          p === VARINT_TRUNCATED
            ? payloadErrorInfo('truncated', pos, 'a length prefix (varint)', 'the end of the data', path)
            : payloadErrorInfo(
                'varint-overflow',
                pos,
                'a length prefix of at most 10 bytes',
                'a longer varint',
                path,
              );
        return { messages, error: info };
      }
      bodyAt = p;
      length = VARINT.hi === 0 ? VARINT.lo : Number.MAX_SAFE_INTEGER;
    } else {
      if (bytes.length - pos < 5) {
        const found = `${bytes.length - pos} byte(s) before the end`;
        return {
          messages,
          error: payloadErrorInfo('truncated', pos, 'a 5-byte gRPC frame header', found, path),
        };
      }
      const flag = bytes[pos] as number;
      if (flag !== 0) {
        const what = flag === 1 ? 'a compressed frame (flag 1): decompress it first' : `flag ${flag}`;
        return {
          messages,
          error: payloadErrorInfo('bad-value', pos, 'an uncompressed gRPC frame (flag 0)', what, path),
        };
      }
      bodyAt = pos + 5;
      length =
        (((bytes[pos + 1] as number) << 24) >>> 0) +
        ((bytes[pos + 2] as number) << 16) +
        ((bytes[pos + 3] as number) << 8) +
        (bytes[pos + 4] as number);
    }
    if (length > bytes.length - bodyAt) {
      const info = payloadErrorInfo(
        'length-past-end',
        pos,
        `a length of at most ${bytes.length - bodyAt} byte(s)`,
        `length ${length}`,
        path,
      );
      return { messages, error: info };
    }
    messages.push({ offset: bodyAt, bytes: bytes.subarray(bodyAt, bodyAt + length) });
    pos = bodyAt + length;
  }
  return { messages };
}
