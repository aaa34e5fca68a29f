import { z } from 'zod';
import { defineEvent } from '../define.ts';
import { DeviceDataItemSchema } from '../realtime-schemas.ts';

/** One received webhook POST as the Live view lists it. */
export const LiveFrameSchema = z.object({
  /** The capture's sequence number: stable, so a view can ask for a frame's detail later. */
  seq: z.int().min(0),
  /** ISO-8601 UTC receive time. */
  receivedAt: z.string(),
  /** Who posted it (the tunnel's or the cloud's address). */
  remote: z.string(),
  byteLength: z.int().min(0),
  /** `ok` decoded fully; `error` stopped at a byte (items before it kept); `failed` not a payload at all. */
  status: z.enum(['ok', 'error', 'failed']),
  items: z.array(DeviceDataItemSchema),
  /** Where and why decoding stopped; the frame's detail view decodes the stored body again for the rest. */
  error: z.object({ code: z.string(), offset: z.int(), message: z.string() }).optional(),
});

/** A received frame. */
export type LiveFrame = z.infer<typeof LiveFrameSchema>;

/**
 * `live:frames`: frames in batches, at most 20 batches per second however fast they arrive, so a flood never
 * freezes the renderer. `dropped` counts frames left out because the renderer fell too far behind (they are
 * still in the capture).
 */
export const liveFramesEvent = defineEvent({
  summary: 'Received webhook frames, batched (at most 20 batches per second)',
  payload: z.object({ frames: z.array(LiveFrameSchema), dropped: z.int().min(0) }),
});
