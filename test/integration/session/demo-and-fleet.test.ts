import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createSettingsService } from '../../../main/services/settings/settings-service.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { accountHarness, type AccountHarness } from './account-harness.ts';

let sim: RunningSimulator;
let h: AccountHarness | undefined;
beforeAll(async () => {
  sim = await startSimulator({ meters: 6, gateways: 2, metersPerGateway: 3 });
});
afterAll(() => sim.close());
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const demo = () => ({ baseUrl: sim.baseUrl, credentials: sim.credentials });

describe('demo mode and the fleet', () => {
  it('starts logged in to the simulator and loads devices and gateways with progress', async () => {
    h = await accountHarness({ demo: demo() });
    const status = await h.data('auth:status');
    expect(status.login).toMatchObject({ flow: 'demo', baseUrl: sim.baseUrl, stored: false });
    expect(JSON.stringify(status)).not.toMatch(/password|apiKey|token|secret/i);

    const fleet = await h.data('fleet:load', { refresh: false });
    const accountDevices = [...sim.world.devices.values()].filter(
      (d) => d.accountId === sim.world.accounts[0]!.id,
    );
    expect(fleet.source).toBe('live');
    expect(fleet.devices).toHaveLength(accountDevices.length);
    expect(fleet.gateways).toHaveLength(2);
    expect(fleet.gateways[0]!.meters.length).toBe(3);
    const row = fleet.devices[0]!;
    expect(Object.keys(row).sort()).toEqual(
      [
        'activePower',
        'activePowerUnit',
        'counterReading',
        'counterReadingUnit',
        'energyType',
        'familyLabel',
        'familyType',
        'id',
        'name',
        'online',
        'serial',
        'valueDate',
      ].sort(),
    );
    const done = await h.nextEvent('fleet:progress', (p) => p.phase === 'done');
    expect(done.done).toBe(done.total);
  });

  it('answers a second load from what main holds, and loads again on refresh', async () => {
    h = await accountHarness({ demo: demo() });
    await h.data('fleet:load', { refresh: false });
    const before = sim.requests.entries().length;
    await h.data('fleet:load', { refresh: false });
    expect(sim.requests.entries().length).toBe(before);
    await h.data('fleet:load', { refresh: true });
    expect(sim.requests.entries().length).toBeGreaterThan(before);
  });

  it('counts devices online by the threshold in the settings', async () => {
    // Seen from 30 minutes in the future, every device is 30 minutes quiet: offline by smart-me's 15 minutes,
    // online again once the technician allows 60.
    h = await accountHarness({ demo: demo(), clock: () => Date.now() + 30 * 60_000 });
    const strict = await h.data('fleet:load', { refresh: true });
    expect(strict.devices.filter((d) => d.online)).toEqual([]);
    await createSettingsService(h.home).set({ thresholds: { deviceOfflineMinutes: 60 } });
    const relaxed = await h.data('fleet:load', { refresh: true });
    expect(relaxed.devices.filter((d) => d.online).length).toBeGreaterThan(0);
  });

  it('without a login, every account call says to log in first', async () => {
    h = await accountHarness();
    expect((await h.data('auth:status')).login).toBeNull();
    for (const [name, payload] of [
      ['fleet:load', {}],
      ['device:inspect', { id: 'x' }],
      ['gateway:get', { id: 'x' }],
    ] as const) {
      const r = await h.raw(name, payload);
      expect(r).toMatchObject({ ok: false, error: { code: 'not-connected' } });
      expect(r.ok === false && r.error.message).toContain('Connect');
    }
  });

  it('starts the simulator when the demo is asked for without demo mode, and stops it on close', async () => {
    let started: RunningSimulator | undefined;
    h = await accountHarness({
      startDemo: async () => {
        started = await startSimulator({ meters: 2, gateways: 0 });
        return { baseUrl: started.baseUrl, credentials: started.credentials, close: () => started!.close() };
      },
    });
    const status = await h.data('auth:login', { method: 'demo' });
    expect(status.login).toMatchObject({ flow: 'demo', baseUrl: started!.baseUrl });
    expect(await h.nextEvent('auth:changed', (s) => s.login?.flow === 'demo')).toBeTruthy();
    expect((await h.data('fleet:load', {})).devices.length).toBeGreaterThan(0);
    await h.close();
    h = undefined;
    await expect(fetch(`${started!.baseUrl}/Devices`)).rejects.toThrow();
  });
});
