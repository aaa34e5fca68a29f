import { parseCommandArgs } from '../args.ts';
import { UsageError, type CliIo } from '../io.ts';
import { plural } from '../plural.ts';

/** Flags of `meterscope sim`, shown by `--help`. */
export const usage = `Usage: meterscope sim [options]

Runs a local smart-me cloud (REST API, OAuth, Realtime-API pushes) on demo data until Ctrl-C.

Options:
  --port N                 TCP port (default 0: any free port)
  --host ADDR              listen address (default 127.0.0.1)
  --seed S                 fleet and fault seed, number or text (default 1)
  --meters N               stand-alone meters of the demo account (default 16)
  --gateways N             M-Bus gateways of the demo account (default 3)
  --meters-per-gateway N   meters per gateway (default 5 to 10)
  --latency MS             delay every answer by MS milliseconds
  --jitter MS              add up to MS milliseconds of random delay
  --faults RATE            answer this share (0..1) of requests with 429 or 503
  --push-interval MS       realtime push period per device (default: the device's upload interval)
  --quiet                  do not print a line per realtime push`;

function whole(values: Record<string, unknown>, name: string): number | undefined {
  const raw = values[name];
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || !/^\d+$/.test(raw) || !Number.isSafeInteger(n)) {
    throw new UsageError(`--${name} needs a whole number ≥ 0, got "${String(raw)}"`);
  }
  return n;
}

function rate(raw: unknown): number | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  if (typeof raw !== 'string' || raw.trim() === '' || !(n >= 0 && n <= 1)) {
    throw new UsageError(`--faults needs a rate between 0 and 1 (e.g. 0.05), got "${String(raw)}"`);
  }
  return n;
}

/**
 * Starts the simulator, prints its base URL and the demo credentials, and serves until the user stops
 * it (Ctrl-C aborts io.signal): then closes cleanly and exits 0.
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    port: { type: 'string' },
    host: { type: 'string' },
    seed: { type: 'string' },
    meters: { type: 'string' },
    gateways: { type: 'string' },
    'meters-per-gateway': { type: 'string' },
    latency: { type: 'string' },
    jitter: { type: 'string' },
    faults: { type: 'string' },
    'push-interval': { type: 'string' },
    quiet: { type: 'boolean' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const seedText = values.seed as string | undefined;
  const options = {
    port: whole(values, 'port'),
    host: values.host as string | undefined,
    seed: seedText === undefined ? undefined : /^\d+$/.test(seedText) ? Number(seedText) : seedText,
    meters: whole(values, 'meters'),
    gateways: whole(values, 'gateways'),
    metersPerGateway: whole(values, 'meters-per-gateway'),
    latencyMs: whole(values, 'latency'),
    jitterMs: whole(values, 'jitter'),
    faultRate: rate(values.faults),
    pushIntervalMs: whole(values, 'push-interval'),
  };
  const { startSimulator } = await import('../../simulator/index.ts');
  const sim = await startSimulator(options);
  const devices = sim.world.devices.size;
  io.out(
    [
      `smart-me simulator listening on ${sim.baseUrl}`,
      `  user ${sim.credentials.user}, password ${sim.credentials.password}, API key ${sim.credentials.apiKey}, OAuth public client ${sim.credentials.clientId}`,
      `  also: basic/basic (Basic licence), partner/partner (Goldpartner)`,
      `  ${devices} devices, ${sim.world.gateways.size} M-Bus gateways (seed ${seedText ?? 1})`,
      `  try: curl -H "Authorization: ApiKey demo" ${sim.baseUrl}/Devices`,
      'Press Ctrl-C to stop.',
      '',
    ].join('\n'),
  );
  const unsubscribe = values.quiet
    ? () => undefined
    : sim.pushLog.subscribe((e) =>
        io.out(
          `push ${e.url} ${e.status ?? e.error} (${plural(e.deviceIds.length, 'device')}, ${e.bytes} bytes${e.fastSend ? ', fast-send' : ''})\n`,
        ),
      );
  await new Promise<void>((resolve) => {
    if (io.signal.aborted) resolve();
    else io.signal.addEventListener('abort', () => resolve(), { once: true });
  });
  unsubscribe();
  await sim.close();
  io.out('simulator stopped\n');
  return 0;
}
