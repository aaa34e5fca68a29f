import { z } from 'zod';
import { defineCall } from '../define.ts';
import { LiveFrameSchema } from '../events/live-frames.ts';
import { NoArguments } from './app.ts';

/** Largest capture file the Live view uploads from a browser's file picker (base64 text). */
export const MAX_CAPTURE_UPLOAD_BASE64 = 24 * 1024 * 1024;

/** Most frames `captures:open` sends to the frame list; the rest stay in the file (export has them all). */
export const MAX_OPENED_FRAMES = 20_000;

/** `captures:list`: the capture files in Meterscope's captures folder, newest first. */
export const capturesListCall = defineCall({
  summary: 'The capture files in the captures folder, newest first',
  request: NoArguments,
  response: z.object({
    dir: z.string(),
    captures: z.array(
      z.object({
        name: z.string(),
        started: z.string().nullable(),
        records: z.int().min(0),
        bytes: z.int().min(0),
        /** Set when the file could not be read: why. */
        error: z.string().nullable(),
      }),
    ),
  }),
});

/**
 * `captures:open`: lists a capture's frames in the Live view's frame list, with no network: a file of the
 * captures folder by name, or a file the user picked (uploaded as base64).
 */
export const capturesOpenCall = defineCall({
  summary: 'Open a capture file and list its frames (no network needed)',
  request: z.union([
    z.object({ name: z.string().min(1).max(300) }),
    z.object({
      upload: z.object({
        fileName: z.string().max(300),
        base64: z
          .string()
          .max(MAX_CAPTURE_UPLOAD_BASE64, 'the file is too large to open here (18 MB at most)'),
      }),
    }),
  ]),
  response: z.object({
    name: z.string(),
    frames: z.array(LiveFrameSchema),
    /** Records in the file; more than `frames.length` when the list was cut at MAX_OPENED_FRAMES. */
    total: z.int().min(0),
    /** Damage found and skipped (a torn tail from a crash, a corrupt record). */
    issues: z.array(z.string()),
  }),
});

/** `captures:export`: a capture as NDJSON, CSV or HAR text for the renderer to save. */
export const capturesExportCall = defineCall({
  summary: 'Export the live session capture or the opened one as NDJSON, CSV or HAR',
  request: z.object({
    source: z.enum(['live', 'opened']),
    format: z.enum(['ndjson', 'csv', 'har']),
  }),
  response: z.object({
    fileName: z.string(),
    mimeType: z.string(),
    text: z.string(),
    records: z.int().min(0),
  }),
});
