import {
  DeviceToPostSchema,
  formatApiDate,
  parseApiDateTicks,
  ticksToMs,
  type DeviceToPost,
} from '../../../shared/api/index.ts';
import { parseBody } from '../http/parse-body.ts';
import { SimHttpError } from '../http/reply.ts';
import type { Simulation } from '../simulation.ts';
import { restTemplate } from '../world/device-templates.ts';
import { generateDevice } from '../world/generate-device.ts';
import { EMPTY_GUID, randomGuid } from '../world/guid.ts';
import { ownDevice } from '../world/queries.ts';
import type { SimAccount, SimDevice } from '../world/types.ts';

/** DeviceToPost keys that are identity, not measured values. */
const IDENTITY_KEYS = new Set(['Id', 'Name', 'Serial', 'DeviceEnergyType', 'MeterSubType', 'ValueDate']);

function measuredValues(body: DeviceToPost): Record<string, number | boolean> {
  const values: Record<string, number | boolean> = {};
  for (const [key, value] of Object.entries(body)) {
    if (!IDENTITY_KEYS.has(key) && (typeof value === 'number' || typeof value === 'boolean'))
      values[key] = value;
  }
  return values;
}

function valueDateMs(body: DeviceToPost, nowMs: number): number {
  if (!body.ValueDate) return nowMs;
  const ticks = parseApiDateTicks(body.ValueDate);
  if (ticks === undefined)
    throw new SimHttpError(400, 'bad-value-date', `ValueDate '${body.ValueDate}' is not a date.`);
  return ticksToMs(ticks);
}

function unusedSerial(sim: Simulation): number {
  const used = new Set([...sim.world.devices.values()].map((d) => d.serial));
  for (;;) {
    const serial = sim.random.int(10_000_000, 99_999_999);
    if (!used.has(serial)) return serial;
  }
}

function record(device: SimDevice, atMs: number, values: Record<string, number | boolean>): void {
  const previous = device.runtime.posted.filter((p) => p.atMs <= atMs).at(-1)?.values ?? {};
  device.runtime.posted.push({ atMs, values: { ...previous, ...values } });
  device.runtime.posted.sort((a, b) => a.atMs - b.atMs);
}

function create(sim: Simulation, account: SimAccount, body: DeviceToPost, nowMs: number): SimDevice {
  if (!body.DeviceEnergyType) {
    throw new SimHttpError(
      400,
      'energy-type-required',
      'To create a device you have to set the DeviceEnergyType.',
    );
  }
  const serial = body.Serial ?? unusedSerial(sim);
  const device = generateDevice(
    restTemplate(body.DeviceEnergyType, body.MeterSubType ?? undefined),
    sim.random,
    {
      id: randomGuid(sim.random),
      serial,
      name: body.Name ?? `REST meter ${serial}`,
      accountId: account.id,
      nowMs,
      reportIntervalMs: 60_000,
      uploadInterval: 5,
    },
  );
  device.installMs = Math.min(nowMs, valueDateMs(body, nowMs));
  sim.world.devices.set(device.id, device);
  return device;
}

/**
 * POST /Devices: "For a new device leave the ID empty. To create a device you have to set the
 * DeviceEnergyType. To update values, add the ID of the device and the values you like to set."
 * Only REST API meters (FamilyType 1001) take posted values; a measuring device's values come from it.
 */
export function postDevice(sim: Simulation, account: SimAccount, rawBody: unknown): DeviceToPost {
  const body = parseBody(DeviceToPostSchema, rawBody, 'bad-device', 'a DeviceToPost');
  const nowMs = sim.clock();
  const isNew = !body.Id || body.Id === EMPTY_GUID;
  const device = isNew ? create(sim, account, body, nowMs) : ownDevice(sim.world, account, body.Id ?? '');
  const values = measuredValues(body);
  if (!isNew && body.Name) device.name = body.Name;
  if (Object.keys(values).length > 0) {
    if (device.kind !== 'rest') {
      throw new SimHttpError(
        400,
        'not-a-rest-meter',
        'Values can only be posted to REST API meters (FamilyType 1001); this device reports its own values.',
      );
    }
    record(device, valueDateMs(body, nowMs), values);
  }
  const last = device.runtime.posted.at(-1);
  return {
    Id: device.id,
    Name: device.name,
    Serial: device.serial,
    DeviceEnergyType: device.energyType,
    MeterSubType: device.subType,
    ...(last?.values ?? {}),
    ValueDate: last ? formatApiDate(new Date(last.atMs)) : undefined,
  };
}
