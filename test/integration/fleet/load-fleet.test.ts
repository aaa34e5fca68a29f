import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSmartMeApi, type SmartMeApi } from '../../../main/services/api/smartme-api.ts';
import { basicCredentials } from '../../../main/services/api/static-credentials.ts';
import { EMPTY_GUID } from '../../../main/services/fleet/build-gateway.ts';
import { fileFleetCache } from '../../../main/services/fleet/file-fleet-cache.ts';
import type { FleetProgress } from '../../../main/services/fleet/fleet-types.ts';
import { loadFleetWithCache } from '../../../main/services/fleet/load-fleet-with-cache.ts';
import { loadFleet } from '../../../main/services/fleet/load-fleet.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';

const HOUR = 3_600_000;
let sim: RunningSimulator;
let api: SmartMeApi;
let dir: string;
const instant = { sleep: async () => undefined, random: () => 0.5 };

beforeAll(async () => {
  sim = await startSimulator({ meters: 10, gateways: 4, metersPerGateway: 6 });
  api = createSmartMeApi({
    baseUrl: sim.baseUrl,
    credentials: basicCredentials('demo', 'demo'),
    ports: instant,
  });
  dir = await mkdtemp(join(tmpdir(), 'fleet-it-'));
});
afterAll(async () => {
  await api.close();
  await sim.close();
  await rm(dir, { recursive: true, force: true });
});

describe('fleet loader against the simulator', () => {
  it('finds every device and gateway and derives online and stale as the world says', async () => {
    const now = Date.now();
    const fleet = await loadFleet({ api, server: sim.baseUrl, now: () => now });
    const world = [...sim.world.devices.values()].filter((d) => d.accountId === 1001);
    expect(fleet.devices).toHaveLength(world.length);
    for (const d of fleet.devices) {
      const sd = sim.world.devices.get(d.Id.toLowerCase())!;
      // The simulator freezes the last contact of offline devices (hours to days ago).
      expect(d.online, d.Name ?? '').toBe(
        sd.lastContactMs === undefined || now - sd.lastContactMs < 15 * 60_000,
      );
    }
    expect(fleet.gateways.map((g) => g.Id).sort()).toEqual([...sim.world.gateways.keys()].sort());
    for (const g of fleet.gateways) {
      const sg = sim.world.gateways.get(g.Id)!;
      expect(g.Meters).toHaveLength(sg.meters.length);
      g.Meters.forEach((m, i) => {
        const sm = sg.meters[i]!;
        expect(m.Id.toLowerCase()).toBe(sm.deviceId ?? EMPTY_GUID);
        if (!sm.deviceId) expect(m).toMatchObject({ LastValueDate: null, stale: true });
      });
    }
    const meters = fleet.gateways.flatMap((g) => g.Meters);
    expect(meters.some((m) => m.stale && m.LastValueDate !== null)).toBe(true);
    expect(meters.some((m) => !m.stale)).toBe(true);
    for (const m of meters.filter((x) => x.LastValueDate)) {
      const age = now - Date.parse(m.LastValueDate!);
      if (age > 48 * HOUR) expect(m.stale).toBe(true);
      if (age < 24 * HOUR) expect(m.stale).toBe(false);
    }
    expect(fleet.problems).toEqual([]);
  });

  it('reports progress by phase until done equals total', async () => {
    const events: FleetProgress[] = [];
    await loadFleet({ api, server: sim.baseUrl, onProgress: (p) => events.push(p) });
    expect(events[0]).toMatchObject({ done: 0, phase: 'devices' });
    expect(events.at(-1)).toEqual({
      done: 2 + sim.world.gateways.size,
      total: 2 + sim.world.gateways.size,
      phase: 'done',
    });
    expect(events.some((e) => e.phase === 'gateways')).toBe(true);
  });

  it('reports a gateway that keeps failing and still shows the rest', async () => {
    const [broken] = [...sim.world.gateways.keys()];
    const rule = sim.faults.set({ path: `/gateway/mbus/${broken}`, fault: { kind: 'status', status: 500 } });
    try {
      const fleet = await loadFleet({ api, server: sim.baseUrl });
      expect(fleet.gateways.map((g) => g.Id)).not.toContain(broken);
      expect(fleet.gateways).toHaveLength(sim.world.gateways.size - 1);
      expect(fleet.problems).toHaveLength(1);
      expect(fleet.problems[0]).toMatchObject({ code: 'server-error' });
      expect(fleet.problems[0]!.item).toContain(broken);
    } finally {
      sim.faults.clear(rule);
    }
  });

  it('stops sending the queued requests once access is refused', async () => {
    const big = await startSimulator({ meters: 2, gateways: 30, metersPerGateway: 2 });
    let idle!: () => void;
    const drained = new Promise<void>((resolve) => (idle = resolve));
    const strict = createSmartMeApi({
      baseUrl: big.baseUrl,
      credentials: basicCredentials('demo', 'demo'),
      ports: instant,
      concurrency: 2,
      onProgress: (p) => p.total > 2 && p.active === 0 && p.queued === 0 && idle(),
    });
    big.faults.set({ path: '/gateway/mbus/*', fault: { kind: 'status', status: 401 } });
    try {
      await expect(loadFleet({ api: strict, server: big.baseUrl })).rejects.toMatchObject({
        code: 'unauthorized',
      });
      await drained;
      const gatewayRequests = big.requests.entries().filter((r) => r.path.startsWith('/gateway/mbus/'));
      expect(gatewayRequests.length).toBeLessThan(10);
    } finally {
      await strict.close();
      await big.close();
    }
  });

  it('loads a 40-gateway account, retries included, without a listener leak warning', async () => {
    const big = await startSimulator({ meters: 2, gateways: 40, metersPerGateway: 2, latencyMs: 2 });
    big.faults.set({ path: '/gateway/mbus/*', times: 20, fault: { kind: 'status', status: 503 } });
    const client = createSmartMeApi({
      baseUrl: big.baseUrl,
      credentials: basicCredentials('demo', 'demo'),
      ports: { random: () => 0.5 },
      retry: { maxAttempts: 25, baseDelayMs: 1, maxDelayMs: 5 },
    });
    const warnings: string[] = [];
    const collect = (w: Error) => warnings.push(w.name);
    process.on('warning', collect);
    try {
      const fleet = await loadFleet({
        api: client,
        server: big.baseUrl,
        signal: new AbortController().signal,
      });
      expect(fleet.gateways).toHaveLength(40);
      expect(fleet.problems).toEqual([]);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', collect);
      await client.close();
      await big.close();
    }
  });

  it('rides out random 429/503 answers without losing an item', async () => {
    const patient = createSmartMeApi({
      baseUrl: sim.baseUrl,
      credentials: basicCredentials('demo', 'demo'),
      ports: instant,
      retry: { maxAttempts: 8 },
    });
    const rule = sim.faults.set({
      path: '*',
      rate: 0.25,
      fault: [
        { kind: 'status', status: 429, retryAfterSeconds: 1 },
        { kind: 'status', status: 503 },
      ],
    });
    try {
      const fleet = await loadFleet({ api: patient, server: sim.baseUrl });
      expect(sim.faults.list().find((r) => r.id === rule)?.hits).toBeGreaterThan(0);
      expect(fleet.problems).toEqual([]);
      expect(fleet.gateways).toHaveLength(sim.world.gateways.size);
    } finally {
      sim.faults.clear(rule);
      await patient.close();
    }
  });

  it('shows the cached fleet with its age when the cloud cannot be reached', async () => {
    const cache = fileFleetCache(join(dir, 'cache'));
    const t0 = Date.now();
    const live = await loadFleetWithCache({
      api,
      server: sim.baseUrl,
      cache,
      cacheKey: 'demo',
      now: () => t0,
    });
    expect(live.source).toBe('live');

    const other = await startSimulator({ meters: 1, gateways: 0 });
    const deadUrl = other.baseUrl;
    await other.close();
    const offlineApi = createSmartMeApi({
      baseUrl: deadUrl,
      credentials: basicCredentials('demo', 'demo'),
      ports: instant,
    });
    try {
      const result = await loadFleetWithCache({
        api: offlineApi,
        server: deadUrl,
        cache,
        cacheKey: 'demo',
        now: () => Date.parse(live.fleet.loadedAt) + 2 * HOUR,
      });
      expect(result).toMatchObject({
        source: 'cache',
        stale: true,
        ageMs: 2 * HOUR,
        error: { code: 'offline' },
      });
      expect(result.fleet.devices).toHaveLength(live.fleet.devices.length);
      await expect(
        loadFleetWithCache({ api: offlineApi, server: deadUrl, cache, cacheKey: 'someone-else' }),
      ).rejects.toMatchObject({ code: 'offline' });
    } finally {
      await offlineApi.close();
    }
  });
});
