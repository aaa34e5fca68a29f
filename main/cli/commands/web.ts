import { readFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createApp, type DemoSession } from '../../app.ts';
import { redactSecrets } from '../../ipc/redact.ts';
import { createRealtimeDecoder } from '../../services/decoder/realtime-decoder.ts';
import { meterscopeHome } from '../../services/secrets/meterscope-home.ts';
import { createMemorySecretStore } from '../../services/secrets/memory-store.ts';
import { ensureRendererBuilt } from '../../web/ensure-renderer.ts';
import { startWebHost } from '../../web/web-host.ts';
import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';

/** `meterscope web --help`. */
export const usage = `Usage: meterscope web [--demo] [--port N] [--host 127.0.0.1] [--json]

Opens Meterscope in a browser: serves the app and its contract on this computer only (loopback), and prints
the address to open. The address carries a one-time token; only a browser given that address can connect.

Options:
  --demo         run on demo data: starts the built-in smart-me simulator and logs in to it
  --port N       port to listen on (default: a free port)
  --host ADDR    loopback address: 127.0.0.1 (default), ::1 or localhost
  --json         print one JSON line {"url","origin","port","demo"} instead of the text banner`;

const PROJECT_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** Runs the browser host until Ctrl-C; demo mode brings its own simulator and stops it on exit. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    demo: { type: 'boolean' },
    port: { type: 'string' },
    host: { type: 'string' },
    json: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new UsageError(`--port must be a number from 0 to 65535, not "${String(values.port)}"`);
  }
  const host = typeof values.host === 'string' ? values.host : '127.0.0.1';
  if (!['127.0.0.1', '::1', 'localhost'].includes(host)) {
    throw new UsageError(`--host must be a loopback address (127.0.0.1, ::1 or localhost), not "${host}"`);
  }

  const logError = (error: unknown, context: { call?: string; event?: string }) => {
    const where = context.call ?? context.event ?? 'app';
    const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
    io.err(`meterscope web: unexpected error in ${where}: ${redactSecrets(text)}\n`);
  };
  const rendererDir = await ensureRendererBuilt(PROJECT_ROOT, (line) => io.err(`${line}\n`));
  const version = await packageVersion();

  let simulator:
    { baseUrl: string; credentials: DemoSession['credentials']; close(): Promise<void> } | undefined;
  if (values.demo) {
    const { startSimulator } = await import('../../simulator/index.ts');
    simulator = await startSimulator();
  }
  const app = createApp({
    host: 'web',
    version,
    home: meterscopeHome(io.env, homedir()),
    secretStore: createMemorySecretStore(),
    demo: simulator ? { baseUrl: simulator.baseUrl, credentials: simulator.credentials } : null,
    decoder: createRealtimeDecoder(),
    onInternalError: logError,
  });
  let web;
  try {
    web = await startWebHost({ app, rendererDir, host, port, onInternalError: logError });
  } catch (e) {
    await simulator?.close();
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE')
      throw new Error(`port ${port} is in use; pick another with --port, or leave it out`, { cause: e });
    throw e;
  }

  if (values.json) {
    io.out(
      `${JSON.stringify({ url: web.url, origin: web.origin, port: web.port, demo: simulator?.baseUrl ?? null })}\n`,
    );
  } else {
    io.out(
      `Meterscope is ready. Open this address in your browser:\n\n  ${web.url}\n\n` +
        (simulator
          ? `Demo data from the built-in simulator at ${simulator.baseUrl} (user demo, password demo).\n`
          : '') +
        'Only this computer can connect. Press Ctrl-C to stop.\n',
    );
  }

  await new Promise<void>((resolve) => {
    if (io.signal.aborted) resolve();
    else io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  await web.close();
  await app.close();
  await simulator?.close();
  return 0;
}

async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}
