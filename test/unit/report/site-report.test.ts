import { describe, expect, it } from 'vitest';
import { buildSiteReport } from '../../../shared/report/index.ts';
import { apiDevices, fleet, LOADED_AT, NOW } from './fleet-fixture.ts';

const options = {
  lang: 'en',
  timeZone: 'UTC',
  account: 'user:demo',
  generator: 'Meterscope 0.1.0 (cli)',
} as const;

describe('buildSiteReport', () => {
  it('counts devices, online and offline, gateways, meters, stale meters and problems', () => {
    const r = buildSiteReport({ fleet: fleet() }, options, NOW);
    expect(r.totals).toEqual({
      devices: 3,
      online: 1,
      offline: 2,
      gateways: 1,
      meters: 3,
      staleMeters: 2,
      problems: 1,
      plausibility: null,
    });
  });

  it('says when the data is from and how old it is when the report is made', () => {
    const r = buildSiteReport({ fleet: fleet() }, options, NOW);
    expect(r.generatedAt).toBe('2026-07-25T14:00:00.000Z');
    expect(r.data).toEqual({
      asOf: LOADED_AT,
      source: 'cache',
      ageMs: 2 * 3_600_000,
      stale: true,
      error: { code: 'offline', message: 'The smart-me cloud cannot be reached.' },
    });
    expect(r.account).toEqual({ server: 'https://api.smart-me.com', label: 'user:demo' });
  });

  it('lists offline devices never-seen first, then the longest silent, aged at the data time', () => {
    const r = buildSiteReport({ fleet: fleet() }, options, NOW);
    expect(r.offlineDevices.map((d) => [d.name, d.silentMs])).toEqual([
      ['Garage | east', null],
      ['Heat pump', 3 * 3_600_000],
    ]);
  });

  it('lists stale meters with their gateway and marks meters without a smart-me device', () => {
    const r = buildSiteReport({ fleet: fleet() }, options, NOW);
    expect(r.staleMeters.map((m) => [m.gatewayName, m.gatewaySerial, m.name, m.withoutDevice])).toEqual([
      ['Haus 1', '5001', 'Phantom <3>', true],
      ['Haus 1', '5001', 'Cold water 2', false],
    ]);
    expect(r.staleMeters[1]?.silentMs).toBe(3 * 86_400_000);
  });

  it('runs the gateway doctor: a 2 s interval is too short for 3 meters', () => {
    const [g] = buildSiteReport({ fleet: fleet() }, options, NOW).gateways;
    expect(g?.hints.map((h) => h.kind)).toEqual(['tooShort', 'belowRecommended', 'withoutDevice', 'failing']);
    expect(g).toMatchObject({ meters: 3, staleMeters: 2, readoutIntervalSeconds: 2 });
  });

  it('checks plausibility only when the device list was loaded', () => {
    expect(buildSiteReport({ fleet: fleet() }, options, NOW).plausibility).toBeNull();
    const r = buildSiteReport({ fleet: fleet(), devices: apiDevices }, options, NOW);
    // Flat 1: L2 at 0 V and a power factor of 1.4; Flat 2: four tariffs that add up to 450 of 500 kWh;
    // the water meter's counter is not electricity: not checked.
    expect(r.plausibility?.map((p) => [p.name, p.hint.kind])).toEqual([
      ['Flat 1', 'voltageMissing'],
      ['Flat 1', 'powerFactor'],
      ['Flat 2', 'tariffSum'],
    ]);
    expect(r.totals.plausibility).toBe(3);
  });

  it('reports a live, healthy installation with empty lists', () => {
    const healthy = fleet({
      source: 'live',
      stale: false,
      error: null,
      ageMs: 0,
      problems: [],
      gateways: [],
    });
    const r = buildSiteReport(
      { fleet: { ...healthy, devices: healthy.devices.slice(0, 1) } },
      options,
      Date.parse(LOADED_AT),
    );
    expect(r.offlineDevices).toEqual([]);
    expect(r.staleMeters).toEqual([]);
    expect(r.data).toMatchObject({ stale: false, ageMs: 0, source: 'live' });
  });
});
