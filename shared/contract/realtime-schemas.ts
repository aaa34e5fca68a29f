import { z } from 'zod';
import type { DecodedPayload, DeviceDataItem, PayloadErrorInfo } from '../realtime/types.ts';

/**
 * Runtime schemas of the decoder's domain types (shared/realtime/types.ts). The `z.ZodType<...>` annotations
 * make the compiler fail when the two drift apart.
 */

/** Any IEEE-754 double, including NaN and ±Infinity, which meters do send and z.number() would refuse. */
export const AnyDoubleSchema = z.custom<number>((v) => typeof v === 'number', 'expected a number');

/** A half-open byte range [start, end) into the payload: what links a tree node to its hex bytes. */
export const ByteRangeSchema = z.object({ start: z.int().min(0), end: z.int().min(0) });

const TimeScaleSchema = z.enum(['DAYS', 'HOURS', 'MINUTES', 'SECONDS', 'MILLISECONDS', 'TICKS', 'MINMAX']);

/** One decoded DeviceData item (device, instant, OBIS values). */
export const DeviceDataItemSchema: z.ZodType<DeviceDataItem> = z.object({
  deviceId: z.string(),
  dateTime: z.string(),
  dateTimeTicks: z.string(),
  dateTimeScale: TimeScaleSchema,
  dateTimeKind: z.enum(['UNSPECIFIED', 'UTC', 'LOCAL']),
  values: z.array(z.object({ obis: z.string(), obisHex: z.string(), value: AnyDoubleSchema })),
});

/** Where and why decoding stopped; the byte offset lets the UI point at the culprit. */
export const PayloadErrorInfoSchema: z.ZodType<PayloadErrorInfo> = z.object({
  code: z.enum([
    'truncated',
    'length-past-end',
    'bad-wire-type',
    'varint-overflow',
    'field-number-zero',
    'depth-limit',
    'bad-value',
    'not-a-payload',
    'bad-input',
  ]),
  offset: z.int(),
  expected: z.string(),
  found: z.string(),
  path: z.string(),
  message: z.string(),
});

/** A whole decode result, partial items kept when `error` is set. */
export const DecodedPayloadSchema: z.ZodType<DecodedPayload> = z.object({
  items: z.array(DeviceDataItemSchema),
  warnings: z.array(z.object({ path: z.string(), message: z.string(), range: ByteRangeSchema.optional() })),
  unknownFields: z.array(
    z.object({ path: z.string(), fieldNumber: z.int(), wireType: z.int(), range: ByteRangeSchema }),
  ),
  spans: z.array(
    z.object({
      path: z.string(),
      fieldNumber: z.int(),
      wireType: z.int(),
      range: ByteRangeSchema,
      valueRange: ByteRangeSchema,
    }),
  ),
  error: PayloadErrorInfoSchema.optional(),
});
