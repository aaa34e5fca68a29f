import type { Clock } from './clock.ts';

/** How to start the simulator. Every field is optional; the defaults give the demo fleet on port 0. */
export interface SimulatorOptions {
  /** Listen address; default 127.0.0.1 (never exposed beyond the machine unless asked). */
  host?: string;
  /** TCP port; default 0 (any free port: read `baseUrl`). */
  port?: number;
  /** Fleet and fault seed (number or text); default 1. */
  seed?: number | string;
  /** Stand-alone meters of the demo account; default 16. */
  meters?: number;
  /** M-Bus gateways of the demo account; default 3. */
  gateways?: number;
  /** Meters per gateway; default 5 to 10 each (seeded). */
  metersPerGateway?: number;
  /** Added to every request (ms); default 0. */
  latencyMs?: number;
  /** Random extra delay up to this many ms (seeded); default 0. */
  jitterMs?: number;
  /** Share (0..1) of requests answered 429 (with Retry-After) or 503 instead; default 0. */
  faultRate?: number;
  /** Time source; default the wall clock. Tests pass a manual clock. */
  clock?: Clock;
  /** Realtime push period per device (ms); default the device's upload interval (mostly 10 s). */
  pushIntervalMs?: number;
  /** Push period during fast-send (ms); default 1000, as the vendor documents. */
  fastSendIntervalMs?: number;
  /** How long a gateway stays in SearchInProgress after POST .../search (ms); default 60 s. */
  searchDurationMs?: number;
  /** OAuth access-token lifetime; default 3600 s. */
  tokenLifetimeSeconds?: number;
  /** OAuth redirect URI matching: RFC 8252 loopback any-port (default) or exact. */
  redirectMatching?: 'loopback-any-port' | 'exact';
}

/** Options with every default filled in. */
export type ResolvedOptions = Required<Omit<SimulatorOptions, 'metersPerGateway' | 'pushIntervalMs'>> &
  Pick<SimulatorOptions, 'metersPerGateway' | 'pushIntervalMs'>;

/** Fills in defaults and rejects values that cannot work, with a message naming the option. */
export function resolveOptions(options: SimulatorOptions = {}): ResolvedOptions {
  const resolved: ResolvedOptions = {
    host: options.host ?? '127.0.0.1',
    port: options.port ?? 0,
    seed: options.seed ?? 1,
    meters: options.meters ?? 16,
    gateways: options.gateways ?? 3,
    metersPerGateway: options.metersPerGateway,
    latencyMs: options.latencyMs ?? 0,
    jitterMs: options.jitterMs ?? 0,
    faultRate: options.faultRate ?? 0,
    clock: options.clock ?? (() => Date.now()),
    pushIntervalMs: options.pushIntervalMs,
    fastSendIntervalMs: options.fastSendIntervalMs ?? 1000,
    searchDurationMs: options.searchDurationMs ?? 60_000,
    tokenLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
    redirectMatching: options.redirectMatching ?? 'loopback-any-port',
  };
  const counts = { meters: resolved.meters, gateways: resolved.gateways, port: resolved.port } as const;
  for (const [name, value] of Object.entries(counts)) {
    if (!Number.isInteger(value) || value < 0)
      throw new RangeError(`${name} must be a whole number ≥ 0, got ${value}.`);
  }
  if (resolved.faultRate < 0 || resolved.faultRate > 1) {
    throw new RangeError(`faultRate must be between 0 and 1, got ${resolved.faultRate}.`);
  }
  return resolved;
}
