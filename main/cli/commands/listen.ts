import { randomBytes } from 'node:crypto';
import { homedir } from 'node:os';
import {
  bulkDecode,
  defaultCaptureDir,
  newCapturePath,
  openCaptureWriter,
  type CaptureWriter,
} from '../../services/captures/index.ts';
import { parseBasicCredentials } from '../../services/webhook/basic-auth.ts';
import { frameJson, frameLine } from '../../services/webhook/frame-line.ts';
import { startListener, type Listener } from '../../services/webhook/listener.ts';
import { redactSecret } from '../../services/webhook/secret-path.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';

/** How to call `meterscope listen`. */
export const usage = `Usage: meterscope listen [options]

Receives smart-me Realtime-API webhooks on 127.0.0.1, keeps every byte in a capture file (each POST is
on disk before it is answered 200), and prints each payload decoded. Ctrl-C stops.

  --port N              local port (default: any free port)
  --capture FILE        capture file to create or continue (default: a new file in the captures folder)
  --basic-auth U:P      require these Basic credentials (the registration's BasicAuthUsername/Password)
  --secret S            reuse a secret path segment (keeps the URL valid across restarts; 22+ characters)
  --max-body BYTES      largest accepted body (default 1048576)
  --json                NDJSON: a "listening" line, then one "frame" line per POST (items as decode --json)`;

/** Listens until Ctrl-C; exit 0 after a clean stop, 1 when the listener cannot start. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    port: { type: 'string' },
    capture: { type: 'string' },
    'basic-auth': { type: 'string' },
    secret: { type: 'string' },
    'max-body': { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const port = integer(values.port, '--port', 0, 65_535) ?? 0;
  const maxBodyBytes = integer(values['max-body'], '--max-body', 1, 32 * 1024 * 1024);
  const basicAuth =
    typeof values['basic-auth'] === 'string' ? parseBasicCredentials(values['basic-auth']) : undefined;
  if (values['basic-auth'] !== undefined && !basicAuth)
    throw new UsageError('--basic-auth must be user:password.');
  const json = values.json === true;
  const started = new Date();
  const path =
    typeof values.capture === 'string'
      ? values.capture
      : await newCapturePath(defaultCaptureDir(io.env, homedir()), started);

  let resolveWriter!: (w: CaptureWriter) => void;
  const writerReady = new Promise<CaptureWriter>((resolve) => (resolveWriter = resolve));
  const listener = await startListener({
    port,
    random: (n) => randomBytes(n),
    capture: { append: async (input) => (await writerReady).append(input) },
    decode: bulkDecode,
    ...(typeof values.secret === 'string' ? { secret: values.secret } : {}),
    ...(basicAuth ? { basicAuth } : {}),
    ...(maxBodyBytes ? { limits: { maxBodyBytes } } : {}),
    onError: (e) => io.err(`listen: ${e.message}\n`),
  }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'EADDRINUSE')
      throw new Error(`port ${port} is already in use on 127.0.0.1.`, { cause: e });
    throw e;
  });
  let writer: CaptureWriter;
  try {
    writer = await openCaptureWriter(path, {
      session: { name: 'listen', listenerUrl: redactSecret(listener.url, listener.secret) },
      now: () => started,
    });
  } catch (e) {
    await listener.close();
    throw e;
  }
  resolveWriter(writer);
  announce(io, json, listener, writer);
  listener.onFrame((frame) => io.out(json ? `${JSON.stringify(frameJson(frame))}\n` : frameLine(frame)));
  await aborted(io.signal);
  await listener.close();
  await writer.close();
  const stats = listener.stats();
  if (json) io.out(`${JSON.stringify({ type: 'stopped', capture: path, ...stats })}\n`);
  else {
    const errors = stats.decodeErrors ? ` (${stats.decodeErrors} did not decode completely)` : '';
    io.out(`Stopped. ${stats.frames} payloads captured in ${path}${errors}.\n`);
  }
  return 0;
}

function announce(io: CliIo, json: boolean, listener: Listener, writer: CaptureWriter): void {
  const { recovery } = writer;
  const torn = recovery.tornTail
    ? `; a torn last record (${recovery.tornTail.bytes} bytes from a crash) was cut off`
    : '';
  const state = recovery.created ? 'new file' : `continuing after ${recovery.existingRecords} records${torn}`;
  if (json) {
    const line = { type: 'listening', url: listener.url, capture: writer.path, captureState: state };
    io.out(`${JSON.stringify(line)}\n`);
    return;
  }
  io.out(`Listening on ${listener.url}\n`);
  io.out(`Capture: ${writer.path} (${state})\n`);
  io.out('Register this URL as the ApiUrl of a RegisterForRealtimeApi entry. Ctrl-C stops.\n');
}

function aborted(signal: AbortSignal): Promise<void> {
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

function integer(value: unknown, flag: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`${flag} must be a whole number ${min}-${max}.`);
  return n;
}
