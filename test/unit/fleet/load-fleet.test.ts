import { describe, expect, it } from 'vitest';
import type { Device, MBusGatewayDto } from '../../../shared/api/index.ts';
import { ApiError, type ApiErrorCode } from '../../../main/services/api/api-error.ts';
import { memoryFleetCache } from '../../../main/services/fleet/fleet-cache.ts';
import type { FleetProgress } from '../../../main/services/fleet/fleet-types.ts';
import { loadFleetWithCache } from '../../../main/services/fleet/load-fleet-with-cache.ts';
import { loadFleet, type FleetApi } from '../../../main/services/fleet/load-fleet.ts';

const NOW = Date.parse('2026-07-25T12:00:00Z');
const at = (minutesAgo: number) => new Date(NOW - minutesAgo * 60_000).toISOString();
const fail = (code: ApiErrorCode) => Promise.reject(new ApiError(code, `${code} happened`));

/** An in-memory account: two gateways, meters in and out of the device list, one phantom meter. */
function account(overrides: Partial<FleetApi> = {}) {
  const devices: Device[] = [
    { Id: 'gw1', Serial: 1, Name: 'GW 1', DeviceEnergyType: 8, ValueDate: at(1) },
    { Id: 'gw2', Serial: 2, Name: 'GW 2', DeviceEnergyType: 8, ValueDate: at(60) },
    { Id: 'm1', Serial: 3, Name: 'Heat 1', DeviceEnergyType: 4, ValueDate: at(5) },
    { Id: 'm2', Serial: 4, Name: 'Water 2', DeviceEnergyType: 2, ValueDate: at(30 * 60) },
  ];
  const gateways: Record<string, MBusGatewayDto> = {
    gw1: {
      Name: 'GW 1',
      ReadoutInterval: 1,
      State: 0,
      Meters: [
        { Id: 'M1', State: 0 },
        { Id: 'm2', State: 1 },
      ],
    },
    gw2: {
      Name: 'GW 2',
      ReadoutInterval: 9,
      State: 2,
      Meters: [
        { Id: 'm3', State: 0 },
        { Id: '00000000-0000-0000-0000-000000000000', State: 1 },
      ],
    },
  };
  const calls: string[] = [];
  const api: FleetApi = {
    devices: async () => (calls.push('devices'), devices),
    devicesByEnergy: async (t) => (
      calls.push(`byEnergy ${t}`),
      devices.filter((d) => d.DeviceEnergyType === t)
    ),
    gateway: async (id) => (calls.push(`gateway ${id}`), gateways[id] ?? fail('not-found')),
    device: async (id) => (
      calls.push(`device ${id}`),
      id === 'm3' ? { Id: 'm3', Serial: 5, ValueDate: at(47 * 60) } : fail('not-found')
    ),
    ...overrides,
  };
  return { api, calls };
}

describe('loadFleet', () => {
  it('loads devices and gateways, deriving online and stale', async () => {
    const { api, calls } = account();
    const fleet = await loadFleet({ api, server: 'https://sim', now: () => NOW });
    expect(fleet.devices.map((d) => [d.Id, d.online])).toEqual([
      ['gw1', true],
      ['gw2', false],
      ['m1', true],
      ['m2', false],
    ]);
    const [g1, g2] = fleet.gateways;
    expect(g1?.Meters.map((m) => [m.Id, m.LastValueDate, m.stale])).toEqual([
      ['M1', at(5), false],
      ['m2', at(30 * 60), true],
    ]);
    // 24 h readout interval: stale only after 48 h.
    expect(g2?.Meters.map((m) => m.stale)).toEqual([false, true]);
    expect(fleet.problems).toEqual([]);
    expect(calls).toContain('byEnergy 8');
  });

  it('asks for a meter only when the device list does not have it', async () => {
    const { api, calls } = account();
    await loadFleet({ api, server: 'x', now: () => NOW });
    expect(calls.filter((c) => c.startsWith('device '))).toEqual(['device m3']);
  });

  it('asks for a missing meter as soon as its gateway answers, while other gateways still load', async () => {
    const { api, calls } = account();
    let releaseGw1!: () => void;
    const gw1Held = new Promise<void>((resolve) => (releaseGw1 = resolve));
    let meterAsked!: () => void;
    const asked = new Promise<void>((resolve) => (meterAsked = resolve));
    const loading = loadFleet({
      api: {
        ...api,
        gateway: async (id, o) => (id === 'gw1' && (await gw1Held), api.gateway(id, o)),
        device: (id, o) => (meterAsked(), api.device(id, o)),
      },
      server: 'x',
      now: () => NOW,
    });
    await asked;
    expect(calls).toContain('device m3');
    expect(calls).not.toContain('gateway gw1');
    releaseGw1();
    const fleet = await loading;
    expect(fleet.gateways[1]?.Meters[0]?.LastValueDate).toBe(at(47 * 60));
  });

  it('asks once for a meter that two gateways list', async () => {
    const { api, calls } = account();
    const fleet = await loadFleet({
      api: {
        ...api,
        gateway: async (id, o) =>
          id === 'gw1'
            ? { ...(await api.gateway(id, o)), Meters: [{ Id: 'm3', State: 0 }] }
            : api.gateway(id, o),
      },
      server: 'x',
      now: () => NOW,
    });
    expect(calls.filter((c) => c === 'device m3')).toHaveLength(1);
    expect(fleet.gateways.map((g) => g.Meters[0]?.LastValueDate)).toEqual([at(47 * 60), at(47 * 60)]);
  });

  it('reports a failing gateway and keeps the others', async () => {
    const { api } = account();
    const fleet = await loadFleet({
      api: { ...api, gateway: (id, o) => (id === 'gw2' ? fail('server-error') : api.gateway(id, o)) },
      server: 'x',
      now: () => NOW,
    });
    expect(fleet.gateways.map((g) => g.Id)).toEqual(['gw1']);
    expect(fleet.problems).toEqual([
      { item: 'gateway "GW 2" (gw2)', code: 'server-error', message: 'server-error happened' },
    ]);
  });

  it('takes the gateways from the device list when the gateway list fails', async () => {
    const { api } = account({ devicesByEnergy: () => fail('server-error') });
    const fleet = await loadFleet({ api, server: 'x', now: () => NOW });
    expect(fleet.gateways).toHaveLength(2);
    expect(fleet.problems[0]?.item).toContain('gateway list');
  });

  it('reports a meter whose last value cannot be fetched', async () => {
    const { api } = account({ device: () => fail('not-found') });
    const fleet = await loadFleet({ api, server: 'x', now: () => NOW });
    expect(fleet.problems.map((p) => [p.item, p.code])).toEqual([['last value of meter m3', 'not-found']]);
    expect(fleet.gateways[1]?.Meters[0]).toMatchObject({ LastValueDate: null, stale: true });
  });

  it('fails as a whole when access is refused', async () => {
    const { api } = account({ gateway: () => fail('unauthorized') });
    await expect(loadFleet({ api, server: 'x' })).rejects.toMatchObject({ code: 'unauthorized' });
  });

  it('reports progress up to done = total', async () => {
    const events: FleetProgress[] = [];
    const { api } = account();
    await loadFleet({ api, server: 'x', now: () => NOW, onProgress: (p) => events.push(p) });
    expect(events[0]).toEqual({ done: 0, total: 2, phase: 'devices' });
    expect(events.at(-1)).toEqual({ done: 5, total: 5, phase: 'done' });
    expect(events.map((e) => e.phase)).toContain('gateways');
    expect(events.map((e) => e.phase)).toContain('meters');
    for (const e of events) expect(e.done).toBeLessThanOrEqual(e.total);
  });
});

describe('loadFleetWithCache', () => {
  it('serves the last fleet with its age when offline', async () => {
    const cache = memoryFleetCache();
    const { api } = account();
    let now = NOW;
    const live = await loadFleetWithCache({ api, server: 'x', cache, cacheKey: 'k', now: () => now });
    expect(live).toMatchObject({ source: 'live', stale: false, ageMs: 0 });
    now = NOW + 3 * 3_600_000;
    const offline = await loadFleetWithCache({
      api: { ...api, devices: () => fail('offline') },
      server: 'x',
      cache,
      cacheKey: 'k',
      now: () => now,
    });
    expect(offline).toMatchObject({
      source: 'cache',
      stale: true,
      ageMs: 3 * 3_600_000,
      error: { code: 'offline' },
    });
    expect(offline.fleet).toEqual(live.fleet);
  });

  it('throws when offline and nothing is cached, or when the error is not about the network', async () => {
    const cache = memoryFleetCache();
    const { api } = account();
    await loadFleetWithCache({ api, server: 'x', cache, cacheKey: 'k', now: () => NOW });
    const offline = { ...api, devices: () => fail('offline') };
    await expect(
      loadFleetWithCache({ api: offline, server: 'x', cache, cacheKey: 'other', now: () => NOW }),
    ).rejects.toMatchObject({ code: 'offline' });
    const refused = { ...api, devices: () => fail('unauthorized') };
    await expect(
      loadFleetWithCache({ api: refused, server: 'x', cache, cacheKey: 'k', now: () => NOW }),
    ).rejects.toMatchObject({ code: 'unauthorized' });
  });
});
