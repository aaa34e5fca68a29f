import type { Random } from '../random.ts';
import type { DeviceTemplate } from './device-templates.ts';
import type { SimDevice } from './types.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Per-device choices the caller makes (identity, owner, liveness); the rest is drawn from `random`. */
export interface DeviceSeed {
  id: string;
  serial: number;
  name: string;
  accountId: number;
  nowMs: number;
  /** Set when the device stopped reporting this long before nowMs. */
  offlineForMs?: number;
  reportIntervalMs: number;
  uploadInterval: number;
  subType?: number;
  /** Average export power in kW (PV); 0 when absent. */
  exportPower?: number;
  gatewayId?: string;
}

/** Splits 1 into n random shares of at least `floor` each (phase and tariff shares). */
function shares(random: Random, n: number, floor: number): number[] {
  if (n <= 0) return [];
  const raw = Array.from({ length: n }, () => floor + random.next());
  const sum = raw.reduce((a, b) => a + b, 0);
  return raw.map((r) => r / sum);
}

/**
 * Builds one device from its template: draws its load level, counter start, phase and tariff shares,
 * firmware and network. Pure given `random`, so a seed always yields the same device.
 */
export function generateDevice(template: DeviceTemplate, random: Random, seed: DeviceSeed): SimDevice {
  const [pMin, pMax] = template.power;
  const installMs = seed.nowMs - random.int(30, 1500) * DAY;
  const reportOffsetMs = random.int(0, seed.reportIntervalMs - 1);
  const phases = template.phases;
  return {
    id: seed.id,
    serial: seed.serial,
    name: seed.name,
    accountId: seed.accountId,
    energyType: template.energyType,
    familyType: template.familyType,
    subType: seed.subType ?? template.subType,
    kind: template.kind,
    phases,
    phaseValues: template.phaseValues,
    hasPowerFactor: template.hasPowerFactor,
    hasTemperature: template.hasTemperature,
    tariffs: template.tariffs,
    tariffShares: shares(random, template.tariffs, 0.4),
    basePower: Number(random.between(pMin, pMax).toFixed(3)),
    exportPower: seed.exportPower ?? 0,
    phaseShares: shares(random, Math.max(phases, 1), 0.3),
    wavePhase: random.between(0, 2 * Math.PI),
    baseCounter: Number(random.between(0, template.kind === 'electricity' ? 20_000 : 400).toFixed(3)),
    baseExport: seed.exportPower ? Number(random.between(0, 3000).toFixed(3)) : 0,
    installMs,
    reportIntervalMs: seed.reportIntervalMs,
    reportOffsetMs,
    uploadInterval: seed.uploadInterval,
    lastContactMs:
      seed.offlineForMs === undefined ? undefined : seed.nowMs - seed.offlineForMs - reportOffsetMs,
    counterUnit: template.counterUnit,
    powerUnit: template.powerUnit,
    outputs: [...template.outputs],
    hardwareVersion: template.hardwareVersion,
    firmwareVersion: random.int(60, 130),
    network: template.networks.length > 0 ? random.pick(template.networks) : undefined,
    rssi: template.networks.length > 0 ? random.pick([12, 28, 45, 63, 71, 88, 95]) : undefined,
    additionalSerial: template.familyType === 9 ? `CT-${random.int(100000, 999999)}` : undefined,
    gatewayId: seed.gatewayId,
    runtime: {
      phaseOn: Array.from({ length: Math.max(phases, 1) }, () => true),
      switchChanges: [],
      outputs: Object.fromEntries(template.outputs.map((o) => [o.obisHex, o.phase ? 1 : random.int(0, 1)])),
      posted: [],
    },
  };
}
