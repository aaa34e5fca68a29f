import { setMaxListeners } from 'node:events';
import { MeterEnergyType, type Device, type MBusGatewayDto } from '../../../shared/api/index.ts';
import { isApiError, type ApiError } from '../api/api-error.ts';
import type { SmartMeApi } from '../api/smartme-api.ts';
import { buildGateway, hasDevice } from './build-gateway.ts';
import { defaultThresholds, isOnline, type FleetThresholds } from './derive-states.ts';
import type { Fleet, FleetProblem, FleetProgress } from './fleet-types.ts';

/** The four endpoints a fleet load needs: a narrow port, so any SmartMeApi (or a partner view) can serve it. */
export type FleetApi = Pick<SmartMeApi, 'devices' | 'devicesByEnergy' | 'gateway' | 'device'>;

/** What a fleet load needs: the API, the server name for the record, and optional clock/rules/progress. */
export interface LoadFleetOptions {
  api: FleetApi;
  /** Base URL without credentials, recorded in the fleet. */
  server: string;
  now?: () => number;
  thresholds?: Partial<FleetThresholds>;
  onProgress?: (p: FleetProgress) => void;
  signal?: AbortSignal;
}

/** Errors that make the whole load pointless (no access, user stopped it): everything else is per item. */
const isFatal = (e: unknown) => !isApiError(e) || isApiError(e, 'unauthorized', 'cancelled');

const problemOf = (item: string, e: ApiError): FleetProblem => ({ item, code: e.code, message: e.message });

/**
 * Loads devices, M-Bus gateways with their meters, and each meter's last value date, with bounded concurrency
 * (the client's limiter) and progress events. Gateway requests start as soon as the gateway list arrives, while
 * the large device list may still be loading. A meter's last value date comes from the device list; only meters
 * missing from it are fetched one by one. A gateway or meter that fails is reported in `problems`, never
 * dropping the rest; a failing device list (offline, no access) fails the load, so the caller can fall back to
 * the cache.
 */
export async function loadFleet(o: LoadFleetOptions): Promise<Fleet> {
  const now = o.now ?? Date.now;
  const t = { ...defaultThresholds, ...o.thresholds };
  // A fatal error (no access, cancelled) stops the requests still queued instead of sending them for nothing.
  const stop = new AbortController();
  const call = { signal: o.signal ? AbortSignal.any([o.signal, stop.signal]) : stop.signal };
  setMaxListeners(0, call.signal); // one listener per queued request is expected, not a leak
  try {
    return await load(o, t, now, call);
  } catch (e) {
    stop.abort();
    throw e;
  }
}

async function load(
  o: LoadFleetOptions,
  t: FleetThresholds,
  now: () => number,
  call: { signal: AbortSignal },
): Promise<Fleet> {
  const problems: FleetProblem[] = [];
  const progress: FleetProgress = { done: 0, total: 2, phase: 'devices' };
  const report = () => o.onProgress?.({ ...progress });
  const counted = <T>(p: Promise<T>): Promise<T> =>
    p.finally(() => {
      progress.done++;
      report();
    });
  report();

  // The short gateway list goes first, so the gateway requests are under way while the cloud builds (and we
  // parse) the large device list.
  const gatewayListRaw = counted(o.api.devicesByEnergy(MeterEnergyType.MeterTypeMBusGateway, call));
  const devicesP = counted(o.api.devices(call));
  const gatewayListP = gatewayListRaw.catch(async (e: unknown) => {
    if (isFatal(e)) throw e;
    problems.push(problemOf('gateway list (taken from the device list instead)', e as ApiError));
    return (await devicesP).filter((d) => d.DeviceEnergyType === MeterEnergyType.MeterTypeMBusGateway);
  });
  const detailsP = gatewayListP.then((list) => {
    progress.total += list.length;
    progress.phase = 'gateways';
    report();
    return Promise.all(
      list.map((g) =>
        counted(o.api.gateway(g.Id, call)).then(
          (dto): [Device, MBusGatewayDto] => [g, dto],
          (e: unknown) => {
            if (isFatal(e)) throw e;
            problems.push(problemOf(`gateway "${g.Name ?? g.Serial}" (${g.Id})`, e as ApiError));
            return undefined;
          },
        ),
      ),
    );
  });
  const [devices, details] = await Promise.all([devicesP, detailsP]);

  const valueDates = new Map<string, string | undefined>();
  for (const d of devices) valueDates.set(d.Id.toLowerCase(), d.ValueDate ?? undefined);
  const missing = new Set<string>();
  for (const entry of details) {
    for (const m of entry?.[1].Meters ?? []) {
      if (hasDevice(m) && !valueDates.has(m.Id.toLowerCase())) missing.add(m.Id.toLowerCase());
    }
  }
  if (missing.size > 0) {
    progress.total += missing.size;
    progress.phase = 'meters';
    report();
    await Promise.all(
      [...missing].map((id) =>
        counted(o.api.device(id, call)).then(
          (d) => void valueDates.set(id, d.ValueDate ?? undefined),
          (e: unknown) => {
            if (isFatal(e)) throw e;
            problems.push(problemOf(`last value of meter ${id}`, e as ApiError));
          },
        ),
      ),
    );
  }

  const nowMs = now();
  const lastValueDate = (id: string) => valueDates.get(id.toLowerCase());
  progress.phase = 'done';
  report();
  return {
    loadedAt: new Date(nowMs).toISOString(),
    server: o.server,
    devices: devices.map((d) => ({ ...d, online: isOnline(d.ValueDate, nowMs, t) })),
    gateways: details.flatMap((e) => (e ? [buildGateway(e[0].Id, e[1], lastValueDate, nowMs, t)] : [])),
    problems,
  };
}
