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
