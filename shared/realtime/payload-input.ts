import { splitFrames, type FramedMessage, type Framing } from './framing.ts';
import { detectTextFormat, type TextFormat } from './input-detect.ts';
import { parseBase64Text, parseDecimalText, parseHexText } from './input-text.ts';
import { badInput } from './payload-error.ts';
import { looksLikeText } from './text-check.ts';
import type { PayloadErrorInfo } from './types.ts';

/** How the input encodes its bytes; `auto` (the default) detects it. */
export type InputFormat = 'auto' | 'hex' | 'base64' | 'decimal' | 'binary';

/** Options of parsePayloadInput, mirroring the CLI flags and the decoder pane's settings. */
export interface InputOptions {
  format?: InputFormat;
  /** Leading bytes to ignore (e.g. a transport header). */
  skip?: number;
  framing?: Framing;
}

/** The bytes of an input and the messages in them (offsets into `bytes`). */
export interface ParsedInput {
  format: Exclude<InputFormat, 'auto'>;
  bytes: Uint8Array;
  messages: FramedMessage[];
  /** A broken length prefix or gRPC header: messages before it are kept. */
  framingError?: PayloadErrorInfo;
}

const TEXT_PARSERS: Record<TextFormat, (text: string) => Uint8Array> = {
  hex: parseHexText,
  base64: parseBase64Text,
  decimal: parseDecimalText,
};

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 8192) s += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return s;
}

/**
 * Turns what a user pasted or dropped into payload bytes and messages: hex, base64(url), decimal lists or
 * raw binary, detected automatically unless `format` says otherwise, then `skip` and `framing` applied.
 * Raw bytes that are all printable text are read as text (a .txt file holding hex). Bad input throws
 * PayloadError 'bad-input' naming the character and its position.
 */
export function parsePayloadInput(input: string | Uint8Array, options: InputOptions = {}): ParsedInput {
  const requested = options.format ?? 'auto';
  let format: Exclude<InputFormat, 'auto'>;
  let bytes: Uint8Array;
  if (
    typeof input !== 'string' &&
    (requested === 'binary' || (requested === 'auto' && !looksLikeText(input)))
  ) {
    format = 'binary';
    bytes = input;
  } else {
    if (requested === 'binary') {
      badInput(
        0,
        '',
        'raw bytes (a file or standard input)',
        'text',
        'binary format needs a file or standard input, not text',
      );
    }
    const text = (typeof input === 'string' ? input : latin1(input)).replace(/^\uFEFF/, '');
    format = requested === 'auto' ? detectTextFormat(text) : requested;
    bytes = TEXT_PARSERS[format](text);
  }
  const skip = options.skip ?? 0;
  if (!Number.isInteger(skip) || skip < 0 || skip > bytes.length) {
    badInput(
      0,
      '',
      `a skip of 0 to ${bytes.length} bytes`,
      String(skip),
      `cannot skip ${skip} byte(s): the input has ${bytes.length}`,
    );
  }
  const framed = splitFrames(bytes, skip, options.framing ?? 'none');
  const parsed: ParsedInput = { format, bytes, messages: framed.messages };
  if (framed.error) parsed.framingError = framed.error;
  return parsed;
}
