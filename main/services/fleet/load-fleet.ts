import { MeterEnergyType, type Device, type MBusGatewayDto } from '../../../shared/api/index.ts';
import { isApiError, type ApiError } from '../api/api-error.ts';
import { forEachInSlices } from '../api/in-slices.ts';
import type { SmartMeApi } from '../api/smartme-api.ts';
import { buildGateway, hasDevice } from './build-gateway.ts';
import { apiDateMs, defaultThresholds, isOnlineAtMs, type FleetThresholds } from './derive-states.ts';
import type { Fleet, FleetDevice, FleetProblem, FleetProgress } from './fleet-types.ts';

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
 * (the client's limiter) and progress events. Every request starts as soon as what it depends on has arrived:
 * the gateway list and the device list together, each gateway as the gateway list arrives, and the few meters
 * missing from the device list as their gateway (and the device list) arrive. A meter's last value date comes
 * from the device list. A gateway or meter that fails is reported in `problems`, never dropping the rest; a
 * failing device list (offline, no access) fails the load, so the caller can fall back to the cache.
 */
export async function loadFleet(o: LoadFleetOptions): Promise<Fleet> {
  const now = o.now ?? Date.now;
  const t = { ...defaultThresholds, ...o.thresholds };
  // A fatal error (no access, cancelled) stops the requests still queued instead of sending them for nothing.
  const stop = new AbortController();
  const call = { signal: o.signal ? AbortSignal.any([o.signal, stop.signal]) : stop.signal };
  try {
    return await load(o, t, now, call);
  } catch (e) {
    stop.abort();
    throw e;
  }
}

/** The device list, read once when it arrives (while gateways still load): rows, dates and a lookup by id. */
interface DeviceIndex {
  list: Device[];
  rows: FleetDevice[];
  valueMs: (number | undefined)[];
  /** Last value date by lower-case id: the device list's, then the per-meter answers'. */
  valueDates: Map<string, string | undefined>;
  /** Each ValueDate of the list, read (the meters' stale rule needs them again at the end). */
  dateMs: Map<string, number | undefined>;
}

/** Indexes in slices, so the gateway answers arriving meanwhile are handled in between. */
async function indexDevices(list: Device[]): Promise<DeviceIndex> {
  const index: DeviceIndex = {
    list,
    rows: new Array<FleetDevice>(list.length),
    valueMs: new Array<number | undefined>(list.length),
    valueDates: new Map(),
    dateMs: new Map(),
  };
  await forEachInSlices(list.length, (i) => {
    const d = list[i] as Device;
    const ms = apiDateMs(d.ValueDate);
    index.valueDates.set(d.Id.toLowerCase(), d.ValueDate ?? undefined);
    if (d.ValueDate) index.dateMs.set(d.ValueDate, ms);
    index.valueMs[i] = ms;
    index.rows[i] = { ...d, online: false };
  });
  return index;
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
  const asProblem = (item: string) => (e: unknown) => {
    if (isFatal(e)) throw e;
    problems.push(problemOf(item, e as ApiError));
  };
  report();

  // The short gateway list goes first, so the gateway requests are under way while the cloud builds (and we
  // parse) the large device list.
  const gatewayListRaw = counted(o.api.devicesByEnergy(MeterEnergyType.MeterTypeMBusGateway, call));
  const devicesP = counted(o.api.devices(call)).then(indexDevices);
  const gatewayListP = gatewayListRaw.catch(async (e: unknown) => {
    asProblem('gateway list (taken from the device list instead)')(e);
    return (await devicesP).list.filter((d) => d.DeviceEnergyType === MeterEnergyType.MeterTypeMBusGateway);
  });

  /** Each meter missing from the device list is asked for once, even when two gateways list it. */
  const meterRequests = new Map<string, Promise<void>>();
  const loadMissingMeters = async (dto: MBusGatewayDto) => {
    const { valueDates } = await devicesP;
    const requests: Promise<void>[] = [];
    for (const m of dto.Meters ?? []) {
      const id = hasDevice(m) ? m.Id.toLowerCase() : undefined;
      if (id === undefined || valueDates.has(id)) continue;
      let request = meterRequests.get(id);
      if (!request) {
        progress.total++;
        progress.phase = 'meters';
        report();
        request = counted(o.api.device(id, call)).then(
          (d) => void valueDates.set(id, d.ValueDate ?? undefined),
          asProblem(`last value of meter ${id}`),
        );
        meterRequests.set(id, request);
      }
      requests.push(request);
    }
    await Promise.all(requests);
  };

  const loadGateway = async (g: Device): Promise<[Device, MBusGatewayDto] | undefined> => {
    let dto: MBusGatewayDto;
    try {
      dto = await counted(o.api.gateway(g.Id, call));
    } catch (e) {
      asProblem(`gateway "${g.Name ?? g.Serial}" (${g.Id})`)(e);
      return undefined;
    }
    await loadMissingMeters(dto);
    return [g, dto];
  };

  const detailsP = gatewayListP.then((list) => {
    progress.total += list.length;
    progress.phase = 'gateways';
    report();
    return Promise.all(list.map(loadGateway));
  });
  const [devices, details] = await Promise.all([devicesP, detailsP]);

  const nowMs = now();
  devices.rows.forEach((row, i) => (row.online = isOnlineAtMs(devices.valueMs[i], nowMs, t)));
  const lastValueDate = (id: string) => devices.valueDates.get(id.toLowerCase());
  const dateMs = (date: string) => (devices.dateMs.has(date) ? devices.dateMs.get(date) : apiDateMs(date));
  progress.phase = 'done';
  report();
  return {
    loadedAt: new Date(nowMs).toISOString(),
    server: o.server,
    devices: devices.rows,
    gateways: details.flatMap((e) =>
      e ? [buildGateway(e[0].Id, e[1], lastValueDate, nowMs, t, dateMs)] : [],
    ),
    problems,
  };
}
