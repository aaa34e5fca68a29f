import { homedir } from 'node:os';
import { guidToWireBytes } from '../../../shared/realtime/index.ts';
import { defaultCaptureDir, newCapturePath } from '../../services/captures/index.ts';
import {
  FAST_SEND_MS,
  RegistrationManager,
  registrationsPortFromApi,
  type FastSendPort,
  type RegistrationTarget,
} from '../../services/realtime/index.ts';
import { parseTunnelOption, startTunnel, TunnelError, type TunnelSpec } from '../../services/tunnel/index.ts';
import { parseBasicCredentials } from '../../services/webhook/basic-auth.ts';
import { frameJson, frameLine } from '../../services/webhook/frame-line.ts';
import { ASSUMED_UNIT_NOTE } from '../../services/captures/obis-labels.ts';
import { startLiveCapture, type LiveEvent } from '../../services/webhook/live-capture.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions, openConnection, type Connection } from '../connection.ts';
import { UsageError, type CliIo } from '../io.ts';
import { plural } from '../plural.ts';

/** How to call `meterscope listen`. */
export const usage = `Usage: meterscope listen [options]

Receives smart-me Realtime-API webhooks on 127.0.0.1, keeps every byte in a capture file (each POST is
on disk before it is answered 200), and prints each payload decoded. Ctrl-C stops (and removes the
registrations it created).

  --port N              local port (default: any free port)
  --capture FILE        capture file to create or continue (default: a new file in the captures folder)
  --tunnel SPEC         make the listener reachable: url:<public-url> (your own proxy), cloudflared,
                        ngrok (token in $NGROK_AUTHTOKEN) or ssh:<user@host>; verified by a self-probe
  --register TARGET     register the webhook for device:<id> or the whole account; needs a connection
  --keep-registrations  leave the registrations in place when stopping
  --fast-send           with --register device:<id>: then ask that device to send every second for about
                        30 s (FastSendDeviceValues), instead of waiting for its normal interval
  --basic-auth U:P      require these Basic credentials (also sent to smart-me with --register)
  --secret S            reuse a secret path segment (keeps the URL valid across restarts; 22+ characters)
  --max-body BYTES      largest accepted body (default 1048576)
  --json                NDJSON: "listening", "tunnel", "registered", "fast-send" lines, then one "frame"
                        line per POST

${CONNECTION_USAGE}`;

const options = {
  port: { type: 'string' },
  capture: { type: 'string' },
  tunnel: { type: 'string' },
  register: { type: 'string' },
  'keep-registrations': { type: 'boolean' },
  'fast-send': { type: 'boolean' },
  'basic-auth': { type: 'string' },
  secret: { type: 'string' },
  'max-body': { type: 'string' },
  json: { type: 'boolean' },
  ...connectionOptions,
} as const;

/** Listens until Ctrl-C; exit 0 after a clean stop, 1 when it cannot start (port taken, tunnel failed ...). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, options);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const port = integer(values.port, '--port', 0, 65_535);
  const maxBodyBytes = integer(values['max-body'], '--max-body', 1, 32 * 1024 * 1024);
  const basicAuth =
    typeof values['basic-auth'] === 'string' ? parseBasicCredentials(values['basic-auth']) : undefined;
  if (values['basic-auth'] !== undefined && !basicAuth)
    throw new UsageError('--basic-auth must be user:password.');
  const tunnelSpec = typeof values.tunnel === 'string' ? tunnelOption(values.tunnel, io) : undefined;
  const target = typeof values.register === 'string' ? registerTarget(values.register) : undefined;
  const fastSendId = values['fast-send'] === true ? fastSendDevice(target) : undefined;
  const json = values.json === true;
  const started = new Date();
  const capturePath =
    typeof values.capture === 'string'
      ? values.capture
      : await newCapturePath(defaultCaptureDir(io.env, homedir()), started);
  const connection: Connection | undefined = target ? await openConnection(values, io) : undefined;
  const print = printer(io, json);
  try {
    const live = await startLiveCapture(
      {
        capturePath,
        started,
        onEvent: print,
        onError: (e) => io.err(`listen: ${e.message}\n`),
        ...(port !== undefined ? { port } : {}),
        ...(typeof values.secret === 'string' ? { secret: values.secret } : {}),
        ...(basicAuth ? { basicAuth } : {}),
        ...(maxBodyBytes ? { maxBodyBytes } : {}),
        ...(tunnelSpec
          ? { tunnel: { spec: tunnelSpec, start: (s, p) => startTunnel(s, { ...p, env: io.env }) } }
          : {}),
        ...(target && connection ? { register: { target, manager: manager(connection, values, io) } } : {}),
      },
      io.signal,
    ).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'EADDRINUSE')
        throw new Error(`port ${port} is already in use on 127.0.0.1.`, { cause: e });
      if (e instanceof TunnelError && io.signal.aborted) return undefined; // Ctrl-C while verifying
      throw e;
    });
    if (!live) {
      io.err('Stopped before the tunnel was verified; nothing was registered or captured.\n');
      return 0;
    }
    if (fastSendId && connection) await startFastSend(connection.api, fastSendId, json, io);
    await aborted(io.signal);
    const { removed } = await live.stop();
    const stats = live.listener.stats();
    if (json) io.out(`${JSON.stringify({ type: 'stopped', capture: capturePath, ...stats, removed })}\n`);
    else {
      if (removed) io.out(`Removed ${removed.removed.length} registration(s) this session created.\n`);
      const errors = stats.decodeErrors ? ` (${stats.decodeErrors} did not decode completely)` : '';
      io.out(`Stopped. ${plural(stats.frames, 'payload')} captured in ${capturePath}${errors}.\n`);
    }
    for (const f of removed?.failed ?? [])
      io.err(`listen: could not remove registration ${f.id}: ${f.message}\n`);
    return removed?.failed.length ? 1 : 0;
  } finally {
    await connection?.close();
  }
}

/** The device `--fast-send` speeds up: the one `--register device:<id>` names, else a usage error. */
function fastSendDevice(target: RegistrationTarget | undefined): string {
  if (target?.kind !== 'device')
    throw new UsageError('--fast-send needs --register device:<id>: it makes that device send every second.');
  return target.meterId;
}

/**
 * Asks the cloud to make the registered device send every second for about 30 s. A refusal (licence,
 * device offline ...) is reported and listening goes on at the device's normal interval.
 */
async function startFastSend(api: FastSendPort, deviceId: string, json: boolean, io: CliIo): Promise<void> {
  try {
    await api.fastSendDeviceValues(deviceId);
  } catch (e) {
    io.err(`listen: fast-send failed: ${(e as Error).message} Listening goes on at the normal interval.\n`);
    return;
  }
  const until = new Date(Date.now() + FAST_SEND_MS).toISOString();
  io.out(
    json
      ? `${JSON.stringify({ type: 'fast-send', deviceId, until })}\n`
      : `Fast-send: ${deviceId} sends every second until about ${until.slice(11, 19)} UTC.\n`,
  );
}

function manager(connection: Connection, values: Record<string, unknown>, io: CliIo): RegistrationManager {
  return new RegistrationManager({
    port: registrationsPortFromApi(connection.api),
    cleanupOnStop: values['keep-registrations'] !== true,
    onWarning: (w) => io.err(`listen: ${w.message}\n`),
  });
}

/** Prints live events: human lines, or NDJSON with --json. */
function printer(io: CliIo, json: boolean): (event: LiveEvent) => void {
  return (event) => {
    if (event.type === 'frame') {
      io.out(json ? `${JSON.stringify(frameJson(event.frame))}\n` : frameLine(event.frame));
    } else if (json) {
      io.out(`${JSON.stringify(eventJson(event))}\n`);
    } else {
      io.out(eventText(event));
    }
  };
}

function eventJson(event: Exclude<LiveEvent, { type: 'frame' }>): Record<string, unknown> {
  switch (event.type) {
    case 'listening': {
      const { recovery } = event;
      return {
        type: 'listening',
        url: event.url,
        publicUrl: event.publicUrl,
        capture: event.capture,
        captureState: captureState(recovery),
      };
    }
    case 'tunnel':
      return { type: 'tunnel', ...event.state };
    case 'registered':
      return { type: 'registered', hookUrl: event.hookUrl, ...event.registration };
    case 'warning':
      return event;
  }
}

function eventText(event: Exclude<LiveEvent, { type: 'frame' }>): string {
  switch (event.type) {
    case 'listening':
      return (
        `Listening on ${event.url}\n` +
        (event.publicUrl ? `Public URL:  ${event.publicUrl}\n` : '') +
        `Capture: ${event.capture} (${captureState(event.recovery)})\n` +
        `Values in the Realtime API's units. ${ASSUMED_UNIT_NOTE}\n` +
        'Ctrl-C stops.\n'
      );
    case 'tunnel': {
      const s = event.state;
      if (s.status === 'failed') return `Tunnel failed: ${s.failure.message}\n`;
      if (s.status === 'url-assigned') return `Tunnel: ${s.url} assigned, verifying with a probe...\n`;
      if (s.status === 'verified') return `Tunnel: verified (a probe came through ${s.url}).\n`;
      return s.status === 'receiving' ? 'Tunnel: receiving.\n' : '';
    }
    case 'registered': {
      const r = event.registration;
      const what = r.kind === 'account' ? 'the whole account' : `device ${r.meterId ?? r.serialNumber ?? ''}`;
      return `Registered ${what} (registration ${r.id}): smart-me now pushes to this listener.\n`;
    }
    case 'warning':
      return `Warning: ${event.message}\n`;
  }
}

function captureState(recovery: { created: boolean; existingRecords: number; tornTail?: { bytes: number } }) {
  if (recovery.created) return 'new file';
  const torn = recovery.tornTail
    ? `; a torn last record (${recovery.tornTail.bytes} bytes from a crash) was cut off`
    : '';
  return `continuing after ${recovery.existingRecords} records${torn}`;
}

function tunnelOption(text: string, io: CliIo): TunnelSpec {
  try {
    const spec = parseTunnelOption(text, io.env);
    if (spec.kind === 'ngrok' && !spec.authtoken)
      throw new UsageError('--tunnel ngrok needs $NGROK_AUTHTOKEN.');
    return spec;
  } catch (e) {
    if (e instanceof TunnelError) throw new UsageError(e.message, { cause: e });
    throw e;
  }
}

function registerTarget(text: string): RegistrationTarget {
  if (text === 'account') return { kind: 'account' };
  const meterId = text.startsWith('device:') ? text.slice('device:'.length).toLowerCase() : '';
  if (guidToWireBytes(meterId)) return { kind: 'device', meterId };
  throw new UsageError('--register must be device:<device GUID> or account.');
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
