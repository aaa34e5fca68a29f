import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { encodeDeviceDataArray } from '../../shared/realtime/index.ts';
import { EventLog } from './event-log.ts';
import { createClosing } from './http/closing.ts';
import { createFaultController, type FaultController } from './faults/fault-controller.ts';
import type { FaultRule } from './faults/fault-types.ts';
import type { RequestEvent } from './http/request-log.ts';
import { serveRequest } from './http/serve-request.ts';
import { resolveOptions, type SimulatorOptions } from './options.ts';
import { createPoster } from './pusher/post-payload.ts';
import type { PushEvent } from './pusher/push-event.ts';
import { createRealtimePusher } from './pusher/realtime-pusher.ts';
import { createOAuthServer } from './oauth/index.ts';
import { createRandom } from './random.ts';
import { allRoutes } from './routes/index.ts';
import type { Simulation } from './simulation.ts';
import { generateWorld } from './world/generate-world.ts';
import type { World } from './world/types.ts';

export type { SimulatorOptions } from './options.ts';
export type { Clock, ManualClock } from './clock.ts';
export { createManualClock, realClock } from './clock.ts';
export type { FaultController } from './faults/fault-controller.ts';
export type { Fault, FaultRule, ActiveFaultRule } from './faults/fault-types.ts';
export type { RequestEvent } from './http/request-log.ts';
export type { PushEvent } from './pusher/push-event.ts';
export { EventLog } from './event-log.ts';
export { generateWorld, type FleetSizes } from './world/generate-world.ts';
export type * from './world/types.ts';
export { ACCOUNT_IDS, CUSTOMER_IDS } from './world/accounts.ts';
export { EMPTY_GUID } from './world/guid.ts';
export { deviceJson } from './wire/device-json.ts';

/** The demo credentials `meterscope sim` prints (user/password, API key, OAuth public client). */
export interface DemoCredentials {
  user: string;
  password: string;
  apiKey: string;
  clientId: string;
}

/** A running simulator: where it listens, how to stop it, and what tests may observe and control. */
export interface RunningSimulator {
  /** e.g. `http://127.0.0.1:41234` (no trailing slash). */
  baseUrl: string;
  port: number;
  credentials: DemoCredentials;
  /** Switch faults on and off per path pattern. */
  faults: FaultController;
  /** The generated fleet, accounts and registrations (live: reflects runtime changes). */
  world: World;
  /** Every request served (method, path, status, faults). */
  requests: EventLog<RequestEvent>;
  /** Every realtime push attempt (registration, URL, devices, status or error). */
  pushLog: EventLog<PushEvent>;
  /** Stops pushes, closes connections and the server. Safe to call twice. */
  close(): Promise<void>;
}

function globalFaults(latencyMs: number, jitterMs: number, faultRate: number): FaultRule[] {
  const rules: FaultRule[] = [];
  if (latencyMs > 0 || jitterMs > 0)
    rules.push({ path: '*', fault: { kind: 'latency', ms: latencyMs, jitterMs } });
  if (faultRate > 0) {
    rules.push({
      path: '*',
      rate: faultRate,
      fault: [
        { kind: 'status', status: 429, retryAfterSeconds: 1 },
        { kind: 'status', status: 503 },
      ],
    });
  }
  return rules;
}

/**
 * Starts the local smart-me cloud: generates the fleet from the seed, listens on 127.0.0.1 (port 0 by
 * default) and serves the REST API with Basic/ApiKey/Bearer auth (OAuth server included), licence gates and fault injection, and
 * pushes realtime data to every registered webhook.
 */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const o = resolveOptions(options);
  const world = generateWorld(
    o.seed,
    { meters: o.meters, gateways: o.gateways, metersPerGateway: o.metersPerGateway },
    o.clock(),
  );
  const closing = createClosing();
  const sim: Simulation = {
    world,
    clock: o.clock,
    random: createRandom(`${world.seed}:runtime`),
    searchDurationMs: o.searchDurationMs,
    changed: () => pusher.reschedule(),
  };
  const pushLog = new EventLog<PushEvent>(1000);
  const poster = createPoster();
  const pusher = createRealtimePusher({
    sim,
    encode: encodeDeviceDataArray,
    post: poster.post,
    log: pushLog,
    pushIntervalMs: o.pushIntervalMs,
    fastSendIntervalMs: o.fastSendIntervalMs,
  });
  const faults = createFaultController(world.seed, globalFaults(o.latencyMs, o.jitterMs, o.faultRate));
  const requests = new EventLog<RequestEvent>();
  const oauth = createOAuthServer({
    accounts: world.accounts,
    clock: o.clock,
    tokenLifetimeSeconds: o.tokenLifetimeSeconds,
    redirectMatching: o.redirectMatching,
  });
  const deps = {
    sim,
    routes: allRoutes,
    faults,
    requests,
    closing,
    oauth,
    bearer: (token: string) => oauth.authenticate(token),
  };
  const server = createServer((req, res) => void serveRequest(deps, req, res));
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(o.port, o.host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const host = o.host.includes(':') ? `[${o.host}]` : o.host;
  let closed: Promise<void> | undefined;
  return {
    baseUrl: `http://${host}:${port}`,
    port,
    credentials: { user: 'demo', password: 'demo', apiKey: 'demo', clientId: 'meterscope-demo' },
    faults,
    world,
    requests,
    pushLog,
    close() {
      closed ??= new Promise<void>((resolve) => {
        closing.close();
        pusher.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }).then(() => poster.close());
      return closed;
    },
  };
}
