import { z } from 'zod';
import { ByteRangeSchema } from '../realtime-schemas.ts';

/**
 * The Decoder view's annotated result beyond the decoded items: the wire tree with every reading of each
 * value, the OBIS table, and a user schema's decode. Built in main so the renderer bundle carries no decoder.
 */

/** One way to read a value (`uint64`, `sint64 (zigzag)`, `double`, `UTF-8`...), as display text. */
export const ReadingSchema = z.object({ label: z.string(), value: z.string() });

/**
 * One field as found on the wire, flattened in pre-order (`parent` is an index into the same list, -1 for a
 * top-level field), so the renderer can draw the tree and map any byte to its deepest field cheaply.
 */
export const WireNodeSchema = z.object({
  parent: z.int().min(-1),
  depth: z.int().min(0),
  /** 0 for a synthetic node that groups one framed message. */
  fieldNumber: z.int().min(0),
  wireType: z.enum(['VARINT', 'I64', 'LEN', 'I32', 'MESSAGE']),
  range: ByteRangeSchema,
  valueRange: ByteRangeSchema,
  /** The schema's path where the DeviceDataArray schema knows the field, e.g. `DeviceDataItems[0].DeviceId`. */
  path: z.string().nullable(),
  /** What the schema makes of it: a GUID, a date-time, an OBIS code, a double. */
  meaning: z.string().nullable(),
  /** Every reading of the value, never one silently picked. */
  readings: z.array(ReadingSchema),
});

/** One OBIS value of the payload as the OBIS table shows it. */
export const ObisRowSchema = z.object({
  item: z.int().min(0),
  deviceId: z.string(),
  code: z.string(),
  name: z.string(),
  /** The value as sent, as text (keeps NaN and ±Infinity readable). */
  value: z.string(),
  /** The realtime value in its unit, then the conversions people compare with the meter display. */
  readings: z.array(z.object({ value: z.string(), unit: z.string() })),
  /** True when smart-me does not document the unit: shown as "assumed" with the note. */
  assumed: z.boolean(),
  note: z.string(),
  /** The `Value` field's byte range, so a row can light up its bytes. */
  range: ByteRangeSchema.nullable(),
});

/** A user .proto decode: the message as JSON text, or where it failed. */
export const ProtoViewSchema = z.object({
  typeName: z.string(),
  json: z.string().nullable(),
  warnings: z.array(z.string()),
  /** A schema that does not load (`bad-schema`) or bytes that do not fit it, with the byte where known. */
  error: z.object({ code: z.string(), offset: z.int(), message: z.string() }).nullable(),
});

/** A wire tree as one value. */
export type WireNode = z.infer<typeof WireNodeSchema>;
/** A row of the OBIS table. */
export type ObisRow = z.infer<typeof ObisRowSchema>;
/** The outcome of decoding with the user's schema. */
export type ProtoView = z.infer<typeof ProtoViewSchema>;
