// The two ways the fleet benchmark loads an account without Meterscope's loader: one request after another, and
// everything at once like the vendor's browser sample (smart-me-developer-page.de.txt: DevicesByEnergy, then every
// gateway, then /Devices/{id} for every meter, all fired without a limit and never retried).
import { Agent, request } from 'undici';

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** What one baseline run achieved. */
export interface BaselineRun {
  seconds: number;
  requests: number;
  /** Requests that did not return usable data (non-200, network error). */
  failedRequests: number;
  /** Gateways and meters the user would not see (a failed gateway hides its meters too). */
  failedItems: number;
}

interface GatewayDto {
  Meters?: { Id?: string }[];
}

/** A GET that counts itself and throws on anything but a 200 with JSON, as the vendor sample does. */
function getter(baseUrl: string, authorization: string, dispatcher: Agent, stats: { requests: number }) {
  return async <T>(path: string): Promise<T> => {
    stats.requests++;
    const res = await request(`${baseUrl}${path}`, { dispatcher, headers: { authorization } });
    const text = await res.body.text();
    if (res.statusCode !== 200) throw new Error(`HTTP ${res.statusCode}`);
    return JSON.parse(text) as T;
  };
}

/** Meters smart-me has a device for (the sample would also ask for Guid.Empty and fail; we spare it that). */
const realMeters = (g: GatewayDto) => (g.Meters ?? []).filter((m) => m.Id && m.Id !== EMPTY_GUID);

/**
 * The vendor sample's request plan. `sequential` awaits each request before the next; otherwise every gateway
 * is requested at once and, as each answers, all of its meters at once (Promise.all of everything).
 */
export async function vendorPlan(
  baseUrl: string,
  authorization: string,
  sequential: boolean,
  metersOf: (gatewayId: string) => number,
): Promise<BaselineRun> {
  const dispatcher = new Agent({ connections: sequential ? 1 : null });
  const stats = { requests: 0 };
  const get = getter(baseUrl, authorization, dispatcher, stats);
  let failedRequests = 0;
  let failedItems = 0;
  const started = performance.now();
  try {
    const gateways = await get<{ Id: string }[]>('/DevicesByEnergy?meterEnergyType=8');
    const meter = async (id: string) => {
      try {
        await get(`/Devices/${id}`);
      } catch {
        failedRequests++;
        failedItems++;
      }
    };
    const gateway = async (id: string) => {
      let dto: GatewayDto;
      try {
        dto = await get<GatewayDto>(`/gateway/mbus/${id}`);
      } catch {
        failedRequests++;
        failedItems += 1 + metersOf(id); // the gateway, and its meters stay unknown
        return;
      }
      const ids = realMeters(dto).map((m) => m.Id as string);
      if (sequential) for (const m of ids) await meter(m);
      else await Promise.all(ids.map(meter));
    };
    if (sequential) for (const g of gateways) await gateway(g.Id);
    else await Promise.all(gateways.map((g) => gateway(g.Id)));
  } finally {
    await dispatcher.close();
  }
  return {
    seconds: (performance.now() - started) / 1000,
    requests: stats.requests,
    failedRequests,
    failedItems,
  };
}

/** Meterscope's own request plan (device list, gateway list, each gateway), but one request after another. */
export async function ourPlanSequential(baseUrl: string, authorization: string): Promise<BaselineRun> {
  const dispatcher = new Agent({ connections: 1 });
  const stats = { requests: 0 };
  const get = getter(baseUrl, authorization, dispatcher, stats);
  const started = performance.now();
  try {
    await get('/Devices');
    const gateways = await get<{ Id: string }[]>('/DevicesByEnergy?meterEnergyType=8');
    for (const g of gateways) await get(`/gateway/mbus/${g.Id}`);
  } finally {
    await dispatcher.close();
  }
  return {
    seconds: (performance.now() - started) / 1000,
    requests: stats.requests,
    failedRequests: 0,
    failedItems: 0,
  };
}
