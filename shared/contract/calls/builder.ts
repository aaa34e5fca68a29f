import { z } from 'zod';
import { defineCall } from '../define.ts';
import { AnyDoubleSchema } from '../realtime-schemas.ts';

/** What the payload builder encodes: one device's reading, like the cloud would push it. */
export const BuilderPayloadSchema = z.object({
  deviceId: z.string().max(100),
  /** ISO-8601 date-time of the reading. */
  time: z.string().max(100),
  /** OBIS code (any notation shared/obis reads) and value; NaN and ±Infinity may be sent on purpose. */
  values: z
    .array(z.object({ obis: z.string().max(60), value: AnyDoubleSchema }))
    .min(1)
    .max(500),
});

/** `builder:encode`: the protobuf bytes of a built payload, as hex (the Decoder view opens them). */
export const builderEncodeCall = defineCall({
  summary: 'Encode a payload (device GUID, time, OBIS=value rows) as the cloud would send it',
  request: BuilderPayloadSchema,
  response: z.object({ hex: z.string(), byteLength: z.int().min(0) }),
});

/** `builder:send`: POSTs a built payload to the running listener, or to any http(s) URL. */
export const builderSendCall = defineCall({
  summary: 'Encode a payload and POST it to the running listener or to a URL',
  request: BuilderPayloadSchema.extend({
    /** `listener` = this Meterscope's own running listener (its secret URL stays in main). */
    to: z.union([z.literal('listener'), z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' })]),
    /** Basic credentials for the target (never stored). */
    basicAuth: z
      .object({ username: z.string().max(200), password: z.string().max(500) })
      .nullable()
      .default(null),
  }),
  response: z.object({
    hex: z.string(),
    byteLength: z.int().min(0),
    /** The HTTP status the target answered, or null when the request failed (then `error` says why). */
    status: z.int().nullable(),
    error: z.string().nullable(),
  }),
});
