import { MBusReadoutIntervalSeconds } from '../../../shared/api/index.ts';
import type { Random } from '../random.ts';
import { GATEWAY_TEMPLATE, OTHER_TEMPLATES, type DeviceTemplate } from './device-templates.ts';
import { generateDevice } from './generate-device.ts';
import { randomGuid } from './guid.ts';
import { mediumName } from './names.ts';
import { secondaryAddress } from './secondary-address.ts';
import type { SerialSource } from './serials.ts';
import type { SimDevice, SimGateway, SimMBusMeter } from './types.ts';

const HOUR = 3_600_000;

/** Readout intervals the gateways cycle through: includes 2 s (too short for many meters) on purpose. */
const INTERVALS = [1, 3, 2, 4, 0, 6, 5] as const;

/** Gateway states the gateways cycle through (SearchInProgress only happens after a search request). */
const GATEWAY_STATES = [2, 0, 2, 3] as const;

/** Meter kinds by weight: heat and water dominate in multi-family houses. */
const METER_KINDS: readonly [DeviceTemplate, number, number][] = [
  [OTHER_TEMPLATES.heat, 4, 0],
  [OTHER_TEMPLATES.water, 2, 1],
  [OTHER_TEMPLATES.hotWater, 2, 2],
  [OTHER_TEMPLATES.mbusElectricity, 1, 3],
  [OTHER_TEMPLATES.gas, 3, 5],
];

/** What the caller fixes for one gateway. */
export interface GatewaySeed {
  index: number;
  accountId: number;
  nowMs: number;
  meterCount: number;
  serials: SerialSource;
}

/** Meter state of the i-th meter: the first four cover every MBusMeterState, later ones are mostly OK. */
function meterState(i: number, random: Random): number {
  if (i >= 1 && i <= 3) return i;
  return random.chance(0.1) ? 1 : 0;
}

/**
 * One M-Bus gateway with its meter definitions and the devices smart-me knows for them: meters in every
 * state, a phantom meter without a device (Guid.Empty), stale meters (failed readouts, > 24 h old) and,
 * for every fifth gateway, a gateway that is itself offline.
 */
export function generateGateway(
  random: Random,
  seed: GatewaySeed,
): { gateway: SimGateway; devices: SimDevice[] } {
  const readoutInterval = INTERVALS[seed.index % INTERVALS.length] ?? 1;
  const readoutMs = (MBusReadoutIntervalSeconds[readoutInterval] ?? 10) * 1000;
  const gatewayOffline = seed.index % 5 === 4;
  const gatewaySerial = seed.serials.next();
  const gatewayDevice = generateDevice(GATEWAY_TEMPLATE, random, {
    id: randomGuid(random),
    serial: gatewaySerial,
    name: `M-Bus Gateway Haus ${seed.index + 1}`,
    accountId: seed.accountId,
    nowMs: seed.nowMs,
    offlineForMs: gatewayOffline ? random.int(30, 96) * HOUR : undefined,
    reportIntervalMs: 60_000,
    uploadInterval: 5,
  });
  const devices: SimDevice[] = [gatewayDevice];
  const meters: SimMBusMeter[] = [];
  for (let i = 0; i < seed.meterCount; i++) {
    const state = meterState(i, random);
    const [template, energyType, energySubType] = random.pick(METER_KINDS);
    const flat = i + 1;
    const name = mediumName(template.key, flat);
    const phantom = seed.meterCount >= 5 && i === seed.meterCount - 1;
    const stale = state === 1 || state === 3 || gatewayOffline;
    let deviceId: string | undefined;
    if (!phantom) {
      const device = generateDevice(template, random, {
        id: randomGuid(random),
        serial: seed.serials.next(),
        name,
        accountId: seed.accountId,
        nowMs: seed.nowMs,
        offlineForMs: stale ? random.int(25, 240) * HOUR : undefined,
        reportIntervalMs: Math.max(readoutMs, 2000),
        uploadInterval: 5,
        gatewayId: gatewayDevice.id,
      });
      devices.push(device);
      deviceId = device.id;
    }
    meters.push({
      deviceId,
      name,
      addressingMode: random.chance(0.85) ? 2 : 1,
      primaryAddress: flat,
      secondaryAddress: secondaryAddress(random, template.key === 'mbus-e' ? 'electricity' : template.key),
      baudrate: random.chance(0.9) ? 1 : 2,
      sendSndNke: random.chance(0.5),
      sendAppReset: random.chance(0.2),
      state,
      energyType,
      energySubType,
    });
  }
  const gateway: SimGateway = {
    id: gatewayDevice.id,
    name: gatewayDevice.name,
    serialNumber: String(gatewaySerial),
    readoutInterval,
    state: GATEWAY_STATES[seed.index % GATEWAY_STATES.length] ?? 0,
    isAddingMetersAllowed: seed.index % 3 !== 2,
    meters,
  };
  return { gateway, devices };
}
