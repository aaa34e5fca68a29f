import { UploadIntervalSeconds } from '../../../shared/api/index.ts';
import { createRandom, seedToInt, type Random } from '../random.ts';
import { ACCOUNT_IDS, CUSTOMER_IDS, builtInAccounts } from './accounts.ts';
import { COMMON_TEMPLATES, ELECTRICITY_TEMPLATES, FLEET_MIX, OTHER_TEMPLATES } from './device-templates.ts';
import type { DeviceTemplate } from './device-templates.ts';
import { generateDevice } from './generate-device.ts';
import { generateGateway } from './generate-gateway.ts';
import { randomGuid } from './guid.ts';
import { electricityName, mediumName, subTypeForName } from './names.ts';
import { createSerials, type SerialSource } from './serials.ts';
import type { SimDevice, World } from './types.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

/** How big the demo account's fleet is. */
export interface FleetSizes {
  /** Stand-alone meters (electricity of every family, plus water, heat, gas). */
  meters: number;
  /** M-Bus gateways, each with its meters. */
  gateways: number;
  /** Meters per gateway; when absent each gateway gets 5 to 10. */
  metersPerGateway?: number;
}

/** How long offline devices have been silent: just past the 15-minute rule up to the capture's 96 days. */
const OFFLINE_AGES = [20 * MINUTE, 5 * HOUR, 2 * 24 * HOUR, 96 * 24 * HOUR] as const;

/** Upload intervals the meters use (mostly 10 s). */
const UPLOAD_INTERVALS = [3, 3, 3, 4, 5] as const;

interface FleetContext {
  random: Random;
  serials: SerialSource;
  accountId: number;
  nowMs: number;
}

function makeMeter(
  ctx: FleetContext,
  template: DeviceTemplate,
  name: string,
  offlineForMs?: number,
): SimDevice {
  const uploadInterval = ctx.random.pick(UPLOAD_INTERVALS);
  const pv = name.startsWith('PV');
  return generateDevice(template, ctx.random, {
    id: randomGuid(ctx.random),
    serial: ctx.serials.next(),
    name,
    accountId: ctx.accountId,
    nowMs: ctx.nowMs,
    offlineForMs,
    reportIntervalMs: (UploadIntervalSeconds[uploadInterval] ?? 10) * 1000,
    uploadInterval,
    subType: template.kind === 'electricity' ? subTypeForName(name) : undefined,
    exportPower: pv ? Number(ctx.random.between(2, 8).toFixed(2)) : undefined,
  });
}

/** Names a fleet's meters: electricity meters by role, others by medium and flat number. */
function nameFor(template: DeviceTemplate, electricityIndex: number, flat: number): string {
  return template.kind === 'electricity' ? electricityName(electricityIndex) : mediumName(template.key, flat);
}

function standaloneMeters(ctx: FleetContext, count: number): SimDevice[] {
  const devices: SimDevice[] = [];
  let electricityIndex = 0;
  for (let i = 0; i < count; i++) {
    const template = FLEET_MIX[i] ?? ctx.random.pick(COMMON_TEMPLATES);
    const name = nameFor(template, template.kind === 'electricity' ? electricityIndex++ : 0, i + 1);
    const offline =
      count >= 3 && i % 7 === 3 ? OFFLINE_AGES[Math.floor(i / 7) % OFFLINE_AGES.length] : undefined;
    devices.push(makeMeter(ctx, template, name, offline));
  }
  return devices;
}

function smallFleet(ctx: FleetContext, templates: DeviceTemplate[]): SimDevice[] {
  return templates.map((t, i) => makeMeter(ctx, t, nameFor(t, i, i + 1)));
}

/**
 * Generates the whole simulated cloud from a seed: the built-in accounts, the demo account's fleet of
 * the given size (stand-alone meters and M-Bus gateways with their meters), small fleets for the basic
 * account and for each Goldpartner customer. Pure: same seed, sizes and time give the same world.
 */
export function generateWorld(seed: number | string, sizes: FleetSizes, nowMs: number): World {
  const seedInt = seedToInt(seed);
  const serials = createSerials(createRandom(`${seedInt}:serials`));
  const devices = new Map<string, SimDevice>();
  const add = (list: SimDevice[]) => list.forEach((d) => devices.set(d.id, d));
  const ctx = (name: string, accountId: number): FleetContext => ({
    random: createRandom(`${seedInt}:${name}`),
    serials,
    accountId,
    nowMs,
  });
  const e = ELECTRICITY_TEMPLATES;
  const basic = smallFleet(ctx('basic', ACCOUNT_IDS.basic), [e[12]!, e[2]!, OTHER_TEMPLATES.water]);
  const partner = smallFleet(ctx('partner', ACCOUNT_IDS.partner), [e[12]!]);
  const customers = CUSTOMER_IDS.flatMap((id, i) =>
    smallFleet(ctx(`customer${i}`, id), [e[16]!, e[12]!, OTHER_TEMPLATES.heat].slice(0, 2 + (i % 2))),
  );
  const demo = ctx('demo', ACCOUNT_IDS.demo);
  const meters = standaloneMeters(demo, sizes.meters);
  const gatewayRandom = createRandom(`${seedInt}:gateways`);
  const gateways = Array.from({ length: sizes.gateways }, (_, index) =>
    generateGateway(gatewayRandom, {
      index,
      accountId: ACCOUNT_IDS.demo,
      nowMs,
      meterCount: sizes.metersPerGateway ?? gatewayRandom.int(5, 10),
      serials,
    }),
  );
  add(meters);
  gateways.forEach((g) => add(g.devices));
  add(basic);
  add(partner);
  add(customers);
  return {
    seed: seedInt,
    createdAtMs: nowMs,
    accounts: builtInAccounts(),
    devices,
    gateways: new Map(gateways.map((g) => [g.gateway.id, g.gateway])),
    registrations: [],
    folderMenus: new Map(),
  };
}
