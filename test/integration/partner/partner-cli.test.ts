import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUSTOMER_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { cli } from '../../helpers/cli.ts';

let sim: RunningSimulator;
let home: string;
let env: Record<string, string>;
const as = (user: string) => ['--base-url', sim.baseUrl, '--user', user, '--password', user];
const devicesOf = (userId: number) => [...sim.world.devices.values()].filter((d) => d.accountId === userId);

beforeAll(async () => {
  sim = await startSimulator({ meters: 4, gateways: 1, metersPerGateway: 2 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-partner-'));
  env = { METERSCOPE_HOME: home };
  // One of customer3's devices has been silent for a day: support should see it, and customer3, first.
  devicesOf(CUSTOMER_IDS[2])[0]!.lastContactMs = Date.now() - 86_400_000;
});
afterAll(async () => {
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

describe('meterscope partner', () => {
  it('prints every customer with their devices, the one with an offline device first', async () => {
    const r = await cli(['partner', ...as('partner')], '', undefined, env);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const heads = r.stdout.split('\n').filter((l) => /^customer\d \(user \d+\)/.test(l));
    expect(heads).toEqual([
      `customer3 (user ${CUSTOMER_IDS[2]}): ${devicesOf(CUSTOMER_IDS[2]).length} devices, 1 offline`,
      `customer1 (user ${CUSTOMER_IDS[0]}): ${devicesOf(CUSTOMER_IDS[0]).length} devices, 0 offline`,
      `customer2 (user ${CUSTOMER_IDS[1]}): ${devicesOf(CUSTOMER_IDS[1]).length} devices, 0 offline`,
    ]);
    for (const id of CUSTOMER_IDS)
      for (const d of devicesOf(id)) expect(r.stdout).toContain(String(d.serial));
    const silent = devicesOf(CUSTOMER_IDS[2])[0]!;
    const firstRow = r.stdout.split('\n')[3]!;
    expect(firstRow).toContain(String(silent.serial));
    expect(firstRow).toMatch(/OFFLINE$/);
    expect(r.stdout).toMatch(/3 customers, 7 devices, 1 offline/);
  });

  it('--json --customer gives one customer with every API field and the derived state', async () => {
    const r = await cli(
      ['partner', '--json', '--customer', 'Customer1', ...as('partner')],
      '',
      undefined,
      env,
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      customers: { userId: number; username: string; devices: Record<string, unknown>[] }[];
      dataAsOf: string;
    };
    expect(out.customers.map((c) => [c.userId, c.username])).toEqual([[CUSTOMER_IDS[0], 'customer1']]);
    const world = devicesOf(CUSTOMER_IDS[0]);
    expect(out.customers[0]!.devices).toHaveLength(world.length);
    for (const d of out.customers[0]!.devices) {
      const sim = world.find((w) => w.id === d.Id)!;
      expect(d).toMatchObject({
        Serial: sim.serial,
        Name: sim.name,
        FirmwareVersion: sim.firmwareVersion,
        online: true,
      });
    }
    const byId = await cli(
      ['partner', '--json', '--customer', String(CUSTOMER_IDS[1]), ...as('partner')],
      '',
      undefined,
      env,
    );
    expect(JSON.parse(byId.stdout).customers[0].username).toBe('customer2');
  });

  it('names the customers there are when asked for one that does not exist', async () => {
    const r = await cli(['partner', '--customer', 'nobody', ...as('partner')], '', undefined, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[not-found] No customer "nobody"');
    expect(r.stderr).toContain('customer1, customer2, customer3');
  });

  it('tells a demo or basic login that it needs a Goldpartner licence, without a stack trace', async () => {
    for (const user of ['demo', 'basic']) {
      const r = await cli(['partner', ...as(user)], '', undefined, env);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/^meterscope partner: \[licence-required\] .*Goldpartner licence/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const json = await cli(['partner', '--json', ...as(user)], '', undefined, env);
      expect(JSON.parse(json.stdout)).toMatchObject({ error: { code: 'licence-required' } });
    }
  });

  it('refuses stray arguments and an empty --customer as usage errors', async () => {
    expect((await cli(['partner', 'extra', ...as('partner')], '', undefined, env)).code).toBe(2);
    expect((await cli(['partner', '--customer', ' ', ...as('partner')], '', undefined, env)).code).toBe(2);
  });
});
