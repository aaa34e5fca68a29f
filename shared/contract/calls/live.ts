import { z } from 'zod';
import { defineCall } from '../define.ts';
import { DecodedPayloadSchema } from '../realtime-schemas.ts';
import { ObisRowSchema } from './decoder-schemas.ts';
import { NoArguments } from './app.ts';
import {
  HealthSnapshotSchema,
  LiveStateSchema,
  MarkedRegistrationSchema,
  RegistrationListSchema,
  TunnelRequestSchema,
} from './live-schemas.ts';

/** `live:start`: starts the listener (writing a new capture) and the chosen tunnel. */
export const liveStartCall = defineCall({
  summary: 'Start listening: local listener, capture file and tunnel; the state follows as live:state events',
  request: z.object({
    tunnel: TunnelRequestSchema,
    /** Basic credentials the cloud must send (set on registrations made here); null = none. */
    basicAuth: z
      .object({ username: z.string().min(1).max(200), password: z.string().min(1).max(500) })
      .nullable()
      .default(null),
    /** Remove the registrations this session creates when it stops (the default). */
    cleanupOnStop: z.boolean().default(true),
  }),
  response: LiveStateSchema,
});

/** `live:stop`: stops tunnel and listener, closes the capture, and removes this session's registrations. */
export const liveStopCall = defineCall({
  summary: 'Stop listening; removes the registrations Meterscope created unless told not to',
  request: z.object({ removeRegistrations: z.boolean().default(true) }),
  response: z.object({
    state: LiveStateSchema,
    removed: z.array(z.string()),
    failed: z.array(z.object({ id: z.string(), message: z.string() })),
  }),
});

/** `live:state`: the listener and tunnel state now (for a view opened after starting). */
export const liveStateCall = defineCall({
  summary: 'The listener and tunnel state now',
  request: NoArguments,
  response: LiveStateSchema,
});

/** `live:registrations`: every Realtime-API registration of the account, marked. */
export const liveRegistrationsCall = defineCall({
  summary: 'Every Realtime-API registration of the account, marked current, stale or foreign',
  request: NoArguments,
  response: RegistrationListSchema,
});

/** What to register: one meter, or the whole account. */
export const RegistrationTargetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('device'), meterId: z.string().min(1).max(100) }),
  z.object({ kind: z.literal('account') }),
]);

/** `live:register`: registers the verified webhook URL for a device or the account. */
export const liveRegisterCall = defineCall({
  summary: 'Register this listener for one device or the whole account (needs a verified URL)',
  request: z.object({ target: RegistrationTargetSchema }),
  response: RegistrationListSchema.extend({ registration: MarkedRegistrationSchema }),
});

/** `live:unregister`: deletes one registration (any mark: the user chose it). */
export const liveUnregisterCall = defineCall({
  summary: 'Delete one registration',
  request: z.object({ id: z.string().min(1).max(100) }),
  response: RegistrationListSchema,
});

/** `live:remove-stale`: deletes every stale registration; foreign ones are never touched. */
export const liveRemoveStaleCall = defineCall({
  summary: 'Delete every registration that points at an earlier Meterscope address',
  request: NoArguments,
  response: RegistrationListSchema.extend({
    removed: z.array(z.string()),
    failed: z.array(z.object({ id: z.string(), message: z.string() })),
  }),
});

/** `live:targets`: the account's devices to register for (id, name, serial). */
export const liveTargetsCall = defineCall({
  summary: 'The devices of the account, to pick one to register for',
  request: NoArguments,
  response: z.object({
    devices: z.array(z.object({ id: z.string(), name: z.string(), serial: z.string() })),
  }),
});

/** `live:health`: per-device stream health now. */
export const liveHealthCall = defineCall({
  summary: 'Per-device stream health (rate, last frame, gaps, latency, errors)',
  request: NoArguments,
  response: HealthSnapshotSchema,
});

/** `live:fast-send`: asks the cloud to make a device send every second for about 30 s. */
export const liveFastSendCall = defineCall({
  summary: 'Fast-send: the device sends every second for about 30 s',
  request: z.object({ deviceId: z.string().min(1).max(100) }),
  response: z.object({ until: z.string() }),
});

/** `live:frame`: one frame in full (headers, bytes, decode with byte ranges), by sequence number. */
export const liveFrameCall = defineCall({
  summary: "One frame's detail: headers, hex, the full decode and its OBIS table",
  request: z.object({
    seq: z.int().min(0),
    /** `live` = the running (or last) session; `opened` = the capture opened with captures:open. */
    source: z.enum(['live', 'opened']).default('live'),
    /** Language of the OBIS names in `rows`. */
    lang: z.enum(['en', 'de']).default('en'),
  }),
  response: z.object({
    seq: z.int(),
    receivedAt: z.string(),
    remote: z.string(),
    /** Header pairs as received, Authorization-like values redacted. */
    headers: z.array(z.tuple([z.string(), z.string()])),
    hex: z.string(),
    decoded: DecodedPayloadSchema,
    /** Every value with its OBIS name, unit and conversions, as the Decoder view's table shows them. */
    rows: z.array(ObisRowSchema),
  }),
});
