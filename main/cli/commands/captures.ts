import { createWriteStream } from 'node:fs';
import { homedir } from 'node:os';
import { once } from 'node:events';
import {
  bulkDecode,
  catalogLabels,
  defaultCaptureDir,
  exportCsv,
  exportHar,
  exportNdjson,
  importNdjson,
  NothingImportedError,
  listCaptures,
  readCapture,
  summarizeCapture,
  type CaptureSummary,
  type WriteText,
} from '../../services/captures/index.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';
import { ageText } from '../display.ts';
import { formatFields, formatTable } from '../table.ts';
import { plural } from '../plural.ts';
import { outputError } from '../output-error.ts';

/** How to call `meterscope captures`. */
export const usage = `Usage: meterscope captures <info|export|import|list> ...

Reads capture files (.mscap) that \`meterscope listen\` wrote. Needs no network.

  captures info FILE [--verify] [--json]
      Records, time span, devices, decode errors and any torn tail (a crash mid-write).
      --verify checks every record's checksum, not only the tail.
  captures export FILE --format ndjson|csv|har [--out PATH]
      ndjson: one JSON object per line (body as base64 + decoded items); csv: one row per device value
      (time, device, OBIS, name, value, unit); har: HAR 1.2 for HTTP tools. Standard output unless --out.
  captures import FILE.ndjson --out FILE.mscap
      Turns an NDJSON export (or lines with at least "bodyBase64") back into a capture file.
  captures list [DIR] [--json]
      The capture sessions in a folder (default: the folder listen uses).`;

/** Runs a captures sub-command; exit 0, 1 on a file problem, 2 on usage errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'info':
      return info(rest, io);
    case 'export':
      return exportCommand(rest, io);
    case 'import':
      return importCommand(rest, io);
    case 'list':
      return list(rest, io);
    default:
      throw new UsageError(sub ? `unknown sub-command "${sub}".` : 'name a sub-command.');
  }
}

function oneFile(positionals: string[], what = 'a capture FILE'): string {
  if (positionals.length !== 1) throw new UsageError(`give exactly ${what}.`);
  return positionals[0] as string;
}

async function info(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    verify: { type: 'boolean' },
    json: { type: 'boolean' },
  });
  const summary = await summarizeCapture(oneFile(positionals), { verifyAll: values.verify === true });
  if (values.json) io.out(`${JSON.stringify(summary, null, 2)}\n`);
  else io.out(formatFields(captureInfoFields(summary)));
  return 0;
}

async function exportCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    format: { type: 'string' },
    out: { type: 'string' },
  });
  const file = oneFile(positionals);
  const format = values.format;
  if (format !== 'ndjson' && format !== 'csv' && format !== 'har') {
    throw new UsageError('--format must be ndjson, csv or har.');
  }
  const target = typeof values.out === 'string' ? await fileTarget(values.out) : undefined;
  const write: WriteText = target?.write ?? ((chunk) => io.out(chunk));
  try {
    const entries = readCapture(file);
    const result =
      format === 'ndjson'
        ? await exportNdjson(entries, bulkDecode, write)
        : format === 'csv'
          ? await exportCsv(entries, bulkDecode, catalogLabels(), write)
          : await exportHar(entries, bulkDecode, write);
    await target?.close();
    if (target) io.err(`Exported ${plural(result.records, 'record')} to ${values.out as string}.\n`);
    if (result.issues > 0)
      io.err(`Note: ${result.issues} damaged parts of ${file} were skipped (see captures info).\n`);
    return 0;
  } catch (e) {
    await target?.close().catch(() => undefined);
    throw e;
  }
}

/** A file opened for an export, written with backpressure. */
async function fileTarget(path: string): Promise<{ write: WriteText; close: () => Promise<void> }> {
  const stream = createWriteStream(path, { flags: 'wx' });
  // `once` rejects with the stream's error if it fails to open.
  await once(stream, 'open').catch((e: NodeJS.ErrnoException) => Promise.reject(outputError(path, e)));
  return {
    async write(chunk) {
      if (!stream.write(chunk)) await once(stream, 'drain');
    },
    close: () =>
      new Promise<void>((resolve, reject) => stream.end((e?: Error | null) => (e ? reject(e) : resolve()))),
  };
}

async function importCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string' } });
  const input = oneFile(positionals, 'one NDJSON FILE');
  if (typeof values.out !== 'string') throw new UsageError('--out FILE.mscap is required.');
  const result = await importNdjson(input, values.out, { decode: bulkDecode }).catch((e: unknown) => {
    // Nothing importable: the skipped lines are named below, then the error itself (exit 1).
    if (e instanceof NothingImportedError) return e;
    throw e;
  });
  for (const s of result.skipped) io.err(`skipped ${s.reason}\n`);
  if (result instanceof NothingImportedError) throw result;
  const records = plural(result.records, 'record');
  io.out(`Imported ${records} (${plural(result.sessions, 'session')}) into ${values.out}.\n`);
  return 0;
}

async function list(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: 'boolean' } });
  if (positionals.length > 1) throw new UsageError('give at most one folder.');
  const dir = positionals[0] ?? defaultCaptureDir(io.env, homedir());
  const captures = await listCaptures(dir);
  if (values.json) {
    io.out(`${JSON.stringify({ dir, captures }, null, 2)}\n`);
    return 0;
  }
  if (captures.length === 0) {
    io.out(`No captures in ${dir}.\n`);
    return 0;
  }
  io.out(
    formatTable(captures, [
      { header: 'File', value: (c) => c.file },
      { header: 'Started', value: (c) => ('error' in c ? '' : (c.sessions[0]?.started ?? '')) },
      {
        header: 'Records',
        value: (c) => ('error' in c ? '' : String((c as CaptureSummary).records)),
        align: 'right',
      },
      { header: 'Note', value: (c) => ('error' in c ? c.error : c.tornTail ? 'torn tail' : '') },
    ]),
  );
  return 0;
}

/** `captures info` as label/value rows: what a technician asks of a capture before opening it. */
function captureInfoFields(s: CaptureSummary): [string, string][] {
  const fields: [string, string][] = [
    ['File', `${s.path} (${s.bytes} bytes)`],
    ['Sessions', String(s.sessions.length)],
  ];
  for (const session of s.sessions) {
    const where = session.publicUrl ?? session.listenerUrl;
    fields.push([
      '',
      `${session.started}  ${session.name}${where ? `  ${where}` : ''}  from #${session.firstSeq}`,
    ]);
  }
  fields.push(['Records', s.records === 0 ? '0' : `${s.records} (#${s.firstSeq} to #${s.lastSeq})`]);
  if (s.firstMs !== undefined && s.lastMs !== undefined) {
    const span = `${new Date(s.firstMs).toISOString()} to ${new Date(s.lastMs).toISOString()}`;
    fields.push(['Time span', `${span} (${ageText(s.lastMs - s.firstMs)})`]);
  }
  fields.push(['Devices', String(s.devices.length)]);
  for (const d of s.devices.slice(0, 20)) fields.push(['', `${d.id}  ${plural(d.records, 'record')}`]);
  if (s.devices.length > 20) fields.push(['', `... and ${s.devices.length - 20} more (use --json)`]);
  fields.push(['Decode errors', String(s.decodeErrors)]);
  fields.push([
    'Torn tail',
    s.tornTail
      ? `${s.tornTail.bytes} bytes at offset ${s.tornTail.offset} skipped: ${s.tornTail.reason} (a crash during a write; earlier records are intact)`
      : 'none',
  ]);
  const corrupt = s.issues.filter((i) => i.kind === 'corrupt-record');
  if (corrupt.length > 0) {
    fields.push(['Damaged records', `${corrupt.length} skipped (first at offset ${corrupt[0]?.offset})`]);
  }
  return fields;
}
