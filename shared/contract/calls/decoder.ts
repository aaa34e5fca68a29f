import { z } from 'zod';
import { defineCall } from '../define.ts';
import { DecodedPayloadSchema } from '../realtime-schemas.ts';
import { NoArguments } from './app.ts';
import { ObisRowSchema, ProtoViewSchema, WireNodeSchema } from './decoder-schemas.ts';

/** Longest text the decoder view may send (16 Mi characters, an 8 MB payload as hex). */
export const MAX_DECODE_TEXT = 16 * 1024 * 1024;

/** Longest user .proto text (with its imports) kept for the decoder. */
export const MAX_PROTO_TEXT = 512 * 1024;

/** A user schema: the .proto text and the message type to decode as. */
export const UserProtoSchema = z.object({
  text: z.string().max(MAX_PROTO_TEXT, 'the .proto file is too long (512 Ki characters at most)'),
  typeName: z.string().max(300),
  /** Shown in messages (the picked file's name). */
  fileName: z.string().max(300).default('schema.proto'),
});

/** `decoder:decode`: pasted or dropped text → the bytes and every message in them, decoded. */
export const decoderDecodeCall = defineCall({
  summary: 'Decode pasted text (hex, base64, decimal bytes) as Realtime-API payloads',
  request: z.object({
    text: z.string().max(MAX_DECODE_TEXT, 'the payload is too long (16 Mi characters at most)'),
    format: z.enum(['auto', 'hex', 'base64', 'decimal']).default('auto'),
    /** Leading bytes to skip (e.g. a transport header). */
    skip: z.int().min(0).default(0),
    framing: z.enum(['none', 'delimited', 'grpc']).default('none'),
    /** Language of the OBIS names. */
    lang: z.enum(['en', 'de']).default('en'),
    /** Also decode with this user schema (the DeviceDataArray decode always runs). */
    proto: UserProtoSchema.nullable().default(null),
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
    /** The schema-less wire tree (pre-order), with every reading of every value. Optional for older hosts. */
    wire: z.array(WireNodeSchema).optional(),
    /** True when the tree was cut short (huge payloads): the hex pane still shows every byte. */
    wireTruncated: z.boolean().optional(),
    obis: z.array(ObisRowSchema).optional(),
    proto: ProtoViewSchema.nullable().optional(),
  }),
});

/** What `decoder:proto-get` answers and `decoder:proto-set` stores: the user schema, or none. */
export const StoredProtoSchema = z.object({ proto: UserProtoSchema.nullable() });

/** `decoder:proto-get`: the .proto and message type the user chose last time (kept across restarts). */
export const decoderProtoGetCall = defineCall({
  summary: 'The user .proto and message type kept for the decoder (null when none)',
  request: NoArguments,
  response: StoredProtoSchema,
});

/** `decoder:proto-set`: keeps (or with null forgets) the user's .proto; refuses one that does not load. */
export const decoderProtoSetCall = defineCall({
  summary: 'Keep the user .proto and message type for the decoder (null forgets it)',
  request: StoredProtoSchema,
  response: StoredProtoSchema.extend({
    /** Every message type the schema defines, to pick from. */
    types: z.array(z.string()),
  }),
});
