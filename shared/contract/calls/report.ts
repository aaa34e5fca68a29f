import { z } from 'zod';
import { defineCall } from '../define.ts';

/**
 * The site report and the support bundle as files the renderer saves with a download: main builds the
 * text (it holds the fleet and the secrets to strip), the renderer only names and saves it.
 */

/** A file to save: its suggested name, MIME type and text. */
export const ReportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  text: z.string(),
});

/** A file `report:build` or `support:bundle` answers. */
export type ReportFileView = z.infer<typeof ReportFileSchema>;

/**
 * `report:build`: a site report of the loaded fleet (offline: the cached one, saying how old it is) as
 * standalone HTML or Markdown, in English or German (the Settings language when not given).
 */
export const reportBuildCall = defineCall({
  summary: 'Site report of the loaded fleet as standalone HTML or Markdown, in English or German',
  request: z.object({
    format: z.enum(['html', 'md']).default('html'),
    lang: z.enum(['en', 'de']).optional(),
  }),
  response: ReportFileSchema,
});

/**
 * `support:bundle`: one redacted JSON file for support: app and host, settings, the fleet snapshot, errors
 * met, and the metadata of the newest capture's last `frames` frames. No password, token or key.
 */
export const supportBundleCall = defineCall({
  summary: 'Redacted support bundle (JSON): app, settings, fleet snapshot, errors, last capture frames',
  request: z.object({ frames: z.int().min(0).max(1000).default(50) }),
  response: ReportFileSchema,
});
