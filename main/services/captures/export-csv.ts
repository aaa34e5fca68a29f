import { decodeSafely, type DecodePayload } from './decode-summary.ts';
import type { ExportResult } from './export-ndjson.ts';
import type { LabelObis } from './obis-labels.ts';
import { formatReceiveTime } from './receive-time.ts';
import type { CaptureEntry } from './record-types.ts';
import { TextSink, type WriteText } from './text-sink.ts';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'time',
  'device',
  'obis',
  'name',
  'value',
  'unit',
  'unit_assumed',
  'received',
  'seq',
];

/**
 * Writes one CSV row per device value (RFC 4180, header row first): the device's own timestamp, device,
 * OBIS, catalog name, the raw value, its unit (and whether that unit is an assumption), receive time and
 * sequence number. Values are printed exactly (shortest round-trip form). Streams for any capture size.
 */
export async function exportCsv(
  entries: AsyncIterable<CaptureEntry>,
  decode: DecodePayload,
  label: LabelObis,
  write: WriteText,
): Promise<ExportResult> {
  const sink = new TextSink(write);
  const result: ExportResult = { sessions: 0, records: 0, issues: 0 };
  await sink.push(`${CSV_COLUMNS.join(',')}\r\n`);
  for await (const entry of entries) {
    if (entry.type !== 'request') {
      result[entry.type === 'session' ? 'sessions' : 'issues'] += 1;
      continue;
    }
    result.records += 1;
    const { record } = entry;
    const received = formatReceiveTime(record);
    for (const item of decodeSafely(decode, record.body).decoded?.items ?? []) {
      for (const v of item.values) {
        const l = label(v.obis);
        const row = [item.dateTime, item.deviceId, v.obis, l.name, String(v.value), l.unit];
        row.push(l.unit ? String(l.assumed) : '', received, String(record.seq));
        await sink.push(`${row.map(csvField).join(',')}\r\n`);
      }
    }
  }
  await sink.flush();
  return result;
}

/** Quotes a field when it holds a comma, quote or line break (RFC 4180). */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
