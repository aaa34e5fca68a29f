import type { DecodedPayload } from '../../../shared/realtime/types.ts';

/** A parsed input as the decoder module returns it (shared/realtime parsePayloadInput). */
export interface ParsedPayloadInput {
  format: 'hex' | 'base64' | 'decimal' | 'binary';
  bytes: Uint8Array;
  messages: { offset: number; bytes: Uint8Array }[];
}

/** The decoder functions this service needs (shared/realtime), as a port so the app can be built without them. */
export interface DecoderPort {
  parsePayloadInput(
    input: string,
    options: {
      format: 'auto' | 'hex' | 'base64' | 'decimal';
      skip: number;
      framing: 'none' | 'delimited' | 'grpc';
    },
  ): ParsedPayloadInput;
  decodeMessages(parsed: ParsedPayloadInput): DecodedPayload;
}

/** What the Decoder view asks for. */
export interface DecodeTextRequest {
  text: string;
  format: 'auto' | 'hex' | 'base64' | 'decimal';
  skip: number;
  framing: 'none' | 'delimited' | 'grpc';
}

/** What the Decoder view gets: the bytes (for the hex pane) and the decoded messages. */
export interface DecodeTextResult {
  format: 'hex' | 'base64' | 'decimal' | 'binary';
  hex: string;
  messageCount: number;
  decoded: DecodedPayload;
}

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).toUpperCase().padStart(2, '0'));

/**
 * The `decoder:decode` service: parse the pasted text, then decode every message it frames. Text that is not
 * a payload at all throws the decoder's PayloadError (code `bad-input`, message naming the position), which
 * the handler wrapper turns into an error envelope; a payload that breaks mid-way is a result, not an error,
 * because its decoded part and the error's byte offset are what the view shows.
 */
export function createDecoderService(
  decoder: DecoderPort,
): (request: DecodeTextRequest) => Promise<DecodeTextResult> {
  return async (request) => {
    const parsed = decoder.parsePayloadInput(request.text, {
      format: request.format,
      skip: request.skip,
      framing: request.framing,
    });
    const hex: string[] = new Array<string>(parsed.bytes.length);
    for (let i = 0; i < parsed.bytes.length; i++) hex[i] = HEX[parsed.bytes[i]!]!;
    return {
      format: parsed.format,
      hex: hex.join(''),
      messageCount: parsed.messages.length,
      decoded: decoder.decodeMessages(parsed),
    };
  };
}
