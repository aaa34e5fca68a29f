import { basename } from 'node:path';
import { ServiceError } from '../../ipc/service-error.ts';
import { bulkDecode } from '../captures/bulk-decode.ts';
import { exportCsv } from '../captures/export-csv.ts';
import { exportHar } from '../captures/export-har.ts';
import { exportNdjson } from '../captures/export-ndjson.ts';
import { catalogLabels } from '../captures/obis-labels.ts';
import { readCapture } from '../captures/read-capture.ts';

/** Largest export handed to a view (the renderer saves it as a download); beyond it the CLI streams to disk. */
export const MAX_EXPORT_CHARS = 48 * 1024 * 1024;

const FORMATS = {
  ndjson: { extension: 'ndjson', mimeType: 'application/x-ndjson' },
  csv: { extension: 'csv', mimeType: 'text/csv' },
  har: { extension: 'har', mimeType: 'application/json' },
} as const;

class TooLarge extends Error {}

/**
 * Exports a capture as NDJSON, CSV or HAR text for the view to save. The capture store's streaming
 * exporters do the work; this only collects their output, up to a limit that names the CLI command to
 * use for bigger files.
 */
export async function exportCaptureText(
  path: string,
  format: keyof typeof FORMATS,
  lang: 'en' | 'de' = 'en',
): Promise<{ fileName: string; mimeType: string; text: string; records: number }> {
  const parts: string[] = [];
  let size = 0;
  const write = (chunk: string) => {
    size += chunk.length;
    if (size > MAX_EXPORT_CHARS) throw new TooLarge();
    parts.push(chunk);
  };
  const entries = readCapture(path);
  let records: number;
  try {
    const result =
      format === 'ndjson'
        ? await exportNdjson(entries, bulkDecode, write)
        : format === 'csv'
          ? await exportCsv(entries, bulkDecode, catalogLabels(lang), write)
          : await exportHar(entries, bulkDecode, write);
    records = result.records;
  } catch (e) {
    if (!(e instanceof TooLarge)) throw e;
    await entries.return(undefined);
    throw new ServiceError(
      'export-too-large',
      `This capture is too large to export here. Run: meterscope captures export "${path}" --format ${format} --out FILE`,
    );
  }
  const { extension, mimeType } = FORMATS[format];
  const fileName = `${basename(path).replace(/\.mscap$/, '')}.${extension}`;
  return { fileName, mimeType, text: parts.join(''), records };
}
