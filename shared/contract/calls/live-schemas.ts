import { z } from 'zod';

/**
 * The Live view's shapes: the listener and tunnel with their honest states, registrations as marked by
 * main, and per-device stream health. Secrets never appear: URLs carry `[secret]` instead of the path.
 */

/** How the listener is reached from the cloud. `none` = the local listener URL itself (fine for the simulator). */
export const TunnelKindSchema = z.enum(['none', 'url', 'cloudflared', 'ngrok', 'ssh']);

/** What the user picked in the tunnel form. The ngrok authtoken goes to main's secret store, never back. */
export const TunnelRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('url'), url: z.string().min(1).max(2000) }),
  z.object({ kind: z.literal('cloudflared'), binary: z.string().max(2000).default('') }),
  z.object({
    kind: z.literal('ngrok'),
    /** Stored in the secret store when given; the stored one (or NGROK_AUTHTOKEN) is used otherwise. */
    authtoken: z.string().max(500).default(''),
    domain: z.string().max(300).default(''),
  }),
  z.object({
    kind: z.literal('ssh'),
    target: z.string().min(1).max(300),
    port: z.int().min(1).max(65535).nullable().default(null),
    remotePort: z.int().min(0).max(65535).default(0),
  }),
]);

/** One state of the tunnel's story (see main/services/tunnel state machine). */
export const TunnelStateViewSchema = z.object({
  status: z.enum(['starting', 'url-assigned', 'verified', 'receiving', 'failed', 'stopped']),
  /** The public base URL (no secret in it). */
  url: z.string().nullable(),
  /** The webhook URL with its secret path shown as `[secret]`. */
  hookUrl: z.string().nullable(),
  failure: z.object({ code: z.string(), message: z.string(), detail: z.string() }).nullable(),
});

/** Everything the Live view's status panel shows. */
export const LiveStateSchema = z.object({
  status: z.enum(['idle', 'starting', 'listening', 'stopping', 'failed']),
  listener: z.object({ port: z.int(), url: z.string(), basicAuth: z.boolean() }).nullable(),
  tunnel: z
    .object({
      kind: TunnelKindSchema,
      state: TunnelStateViewSchema,
      history: z.array(TunnelStateViewSchema),
      /** The provider's last output lines, secrets redacted. */
      log: z.array(z.string()),
    })
    .nullable(),
  /** The capture file this session writes (every POST is on disk before it is answered). */
  capture: z.object({ file: z.string(), name: z.string() }).nullable(),
  stats: z.object({
    frames: z.int().min(0),
    decodeErrors: z.int().min(0),
    probes: z.int().min(0),
    storeFailures: z.int().min(0),
  }),
  cleanupOnStop: z.boolean(),
  /** Why starting failed, in words a technician can act on. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  startedAt: z.string().nullable(),
});

/** A registration as main marks it: current (this listener), stale (an earlier Meterscope URL) or foreign. */
export const MarkedRegistrationSchema = z.object({
  id: z.string(),
  kind: z.enum(['device', 'account', 'disabled']),
  meterId: z.string().nullable(),
  serialNumber: z.string().nullable(),
  /** With a Meterscope secret path shown as `[secret]`. */
  apiUrl: z.string(),
  mark: z.enum(['current', 'stale', 'foreign']),
  reason: z.string(),
  /** Created by this session: removed when listening stops (unless clean-up is off). */
  ours: z.boolean(),
});

/** The registrations list with what the technician should know about it. */
export const RegistrationListSchema = z.object({
  registrations: z.array(MarkedRegistrationSchema),
  warnings: z.array(z.object({ code: z.string(), message: z.string() })),
});

/** One device's stream health, times as ISO text and durations in ms. */
export const DeviceHealthSchema = z.object({
  deviceId: z.string(),
  frames: z.int().min(0),
  framesPerSecond: z.number(),
  lastFrameAt: z.string(),
  sinceLastFrameMs: z.number(),
  expectedIntervalMs: z.number(),
  silent: z.boolean(),
  fastSendUntil: z.string().nullable(),
  gaps: z.object({ count: z.int().min(0), longestMs: z.number() }),
  latency: z.object({ p50Ms: z.number(), maxMs: z.number() }).nullable(),
  decodeErrors: z.int().min(0),
});

/** Stream health of every device seen, silent ones first. */
export const HealthSnapshotSchema = z.object({
  devices: z.array(DeviceHealthSchema),
  /** Payloads that decoded to no device at all. */
  undecodable: z.int().min(0),
});

/** The Live view's state. */
export type LiveState = z.infer<typeof LiveStateSchema>;
/** A marked registration. */
export type MarkedRegistrationView = z.infer<typeof MarkedRegistrationSchema>;
/** One device's stream health. */
export type DeviceHealthView = z.infer<typeof DeviceHealthSchema>;
/** One state of the tunnel's story. */
export type TunnelStateView = z.infer<typeof TunnelStateViewSchema>;
/** The registrations list with warnings. */
export type RegistrationList = z.infer<typeof RegistrationListSchema>;
/** Stream health of every device. */
export type HealthSnapshot = z.infer<typeof HealthSnapshotSchema>;
