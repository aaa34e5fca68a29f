import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { accountHarness, type AccountHarness } from '../session/account-harness.ts';

let sim: RunningSimulator;
let h: AccountHarness;
beforeAll(async () => {
  sim = await startSimulator({ meters: 4, gateways: 1, metersPerGateway: 2 });
});
afterAll(() => sim.close());
afterEach(() => h.close());

const login = async (user: string) => {
  h = await accountHarness();
  await h.data('auth:login', { method: 'basic', baseUrl: sim.baseUrl, username: user, password: user });
};

/** The simulated devices of one customer account. */
const devicesOf = (userId: number) => [...sim.world.devices.values()].filter((d) => d.accountId === userId);

describe('partner:load', () => {
  it('shows the partner every customer with their devices, a silent device as offline and its customer first', async () => {
    const silent = devicesOf(CUSTOMER_IDS[1])[0]!;
    const before = silent.lastContactMs;
    silent.lastContactMs = Date.now() - 2 * 3_600_000;
    try {
      await login('partner');
      const view = await h.data('partner:load', {});
      expect(view.server).toBe(sim.baseUrl);
      expect(view.customers.map((c) => c.username)).toEqual(['customer2', 'customer1', 'customer3']);
      for (const c of view.customers) {
        const world = devicesOf(c.userId);
        expect(c.deviceCount).toBe(world.length);
        expect(c.devices.map((d) => d.serial).sort()).toEqual(world.map((d) => d.serial).sort());
      }
      const second = view.customers[0]!;
      expect(second.offlineCount).toBe(1);
      expect(second.devices[0]).toMatchObject({ id: silent.id, name: silent.name, online: false });
      expect(second.devices[0]!.firmwareVersion).toBe(silent.firmwareVersion);
      expect(view.customers[1]!.offlineCount).toBe(0);
    } finally {
      silent.lastContactMs = before;
    }
  });

  it('tells a Professional (demo) and a Basic account that this needs a Goldpartner licence', async () => {
    for (const user of ['demo', 'basic']) {
      await login(user);
      const r = await h.call('partner:load', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'licence-required' } });
      if (!r.ok) expect(r.error.message).toContain('Goldpartner licence');
      await h.close();
    }
    h = await accountHarness();
  });

  it('asks to log in first when nobody is', async () => {
    h = await accountHarness();
    expect(await h.call('partner:load', {})).toMatchObject({ ok: false, error: { code: 'not-connected' } });
  });
});

describe('partner:fast-send', () => {
  it("makes a customer's device send every second", async () => {
    await login('partner');
    const device = devicesOf(CUSTOMER_IDS[0])[0]!;
    const r = await h.data('partner:fast-send', { id: device.id });
    expect(Date.parse(r.requestedAt)).not.toBeNaN();
    expect(device.runtime.fastSendUntilMs).toBeGreaterThan(Date.now());
  });

  it('refuses a device that belongs to no customer of the partner', async () => {
    await login('partner');
    const own = devicesOf(sim.world.accounts[0]!.id)[0]!;
    expect(await h.call('partner:fast-send', { id: own.id })).toMatchObject({
      ok: false,
      error: { code: 'not-found' },
    });
  });

  it('rejects bad input before it reaches the cloud', async () => {
    await login('partner');
    const partnerRequests = () => sim.requests.entries().filter((r) => r.path.includes('partner')).length;
    const served = partnerRequests();
    for (const payload of [{}, { id: '' }, { id: '../user' }, { id: 42 }, 'x', null]) {
      const r = await h.raw('partner:fast-send', payload);
      expect(r).toMatchObject({ ok: false });
      if (!r.ok) expect(r.error.code).not.toBe('internal');
    }
    expect((await h.raw('partner:load', 'everything')).ok).toBe(false);
    expect(partnerRequests()).toBe(served);
  });
});
