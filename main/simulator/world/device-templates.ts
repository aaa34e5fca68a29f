import { OUTPUTS } from './outputs.ts';
import type { DeviceKind, OutputDef } from './types.ts';

/**
 * What each hardware family reports, so a generated device carries exactly the fields its real
 * counterpart does (phases only where the type has them; Kamstrup modules have four tariffs and no
 * per-phase values, as in the vendor capture).
 */
export interface DeviceTemplate {
  key: string;
  kind: DeviceKind;
  energyType: number;
  familyType: number;
  subType?: number;
  phases: number;
  phaseValues: boolean;
  hasPowerFactor: boolean;
  hasTemperature: boolean;
  tariffs: number;
  outputs: readonly OutputDef[];
  /** Range of the average power (kW) or flow (m3/h). */
  power: readonly [number, number];
  networks: readonly string[];
  hardwareVersion: number;
  counterUnit: string;
  powerUnit: string;
}

const electricity = (familyType: number, phases: number, extra: Partial<DeviceTemplate>): DeviceTemplate => ({
  key: `family-${familyType}`,
  kind: 'electricity',
  energyType: 1,
  familyType,
  phases,
  phaseValues: phases === 3,
  hasPowerFactor: true,
  hasTemperature: false,
  tariffs: 2,
  outputs: [],
  power: phases === 3 ? [0.3, 3.5] : [0.05, 1.2],
  networks: ['wifi', 'meshwifi'],
  hardwareVersion: 2,
  counterUnit: 'kWh',
  powerUnit: 'kW',
  ...extra,
});

const S = OUTPUTS;

/** Electricity families by FamilyType. */
export const ELECTRICITY_TEMPLATES: Readonly<Record<number, DeviceTemplate>> = {
  1: electricity(1, 1, { hasTemperature: true, tariffs: 1, outputs: [S.switchL1], power: [0.01, 0.8] }),
  2: electricity(2, 1, {}),
  3: electricity(3, 1, { outputs: [S.switchL1] }),
  6: electricity(6, 3, { phaseValues: false, hasPowerFactor: false, tariffs: 4, networks: ['wifi'] }),
  7: electricity(7, 3, { outputs: [S.output0] }),
  8: electricity(8, 3, { outputs: [S.switchL1, S.switchL2, S.switchL3], power: [0.3, 3] }),
  9: electricity(9, 3, { power: [5, 40], networks: ['wifi', 'ltecatm1'] }),
  12: electricity(12, 3, { outputs: [S.output0, S.relais], networks: ['wifi'], hardwareVersion: 3 }),
  16: electricity(16, 1, { outputs: [S.relais], networks: ['wifi'], hardwareVersion: 3 }),
  17: electricity(17, 1, { outputs: [S.output0], networks: ['wifi'], hardwareVersion: 3 }),
  18: electricity(18, 1, { tariffs: 1, networks: ['gprs'], hardwareVersion: 3 }),
};

const meter = (
  key: string,
  kind: DeviceKind,
  energyType: number,
  subType: number | undefined,
  power: [number, number],
  counterUnit: string,
  powerUnit: string,
): DeviceTemplate => ({
  key,
  kind,
  energyType,
  familyType: 0,
  subType,
  phases: 0,
  phaseValues: false,
  hasPowerFactor: false,
  hasTemperature: kind === 'heat',
  tariffs: 0,
  outputs: [],
  power,
  networks: [],
  hardwareVersion: 1,
  counterUnit,
  powerUnit,
});

/** Water, hot water, gas and heat meters (FamilyType 0: M-Bus or pulse meters). */
export const OTHER_TEMPLATES = {
  water: meter('water', 'water', 2, 1, [0.01, 0.12], 'm3', 'm3/h'),
  hotWater: meter('hot-water', 'water', 2, 2, [0.005, 0.06], 'm3', 'm3/h'),
  gas: meter('gas', 'gas', 3, undefined, [0.05, 1.5], 'm3', 'm3/h'),
  heat: meter('heat', 'heat', 4, undefined, [1, 9], 'kWh', 'kW'),
  mbusElectricity: { ...electricity(0, 3, { phaseValues: false, tariffs: 1, networks: [] }), key: 'mbus-e' },
} as const satisfies Record<string, DeviceTemplate>;

/** The M-Bus gateway device itself (DeviceEnergyType 8, FamilyType 4): no readings of its own. */
export const GATEWAY_TEMPLATE: DeviceTemplate = {
  ...meter('gateway', 'gateway', 8, undefined, [0, 0], '', ''),
  familyType: 4,
  networks: ['wifi', 'ltecatm1'],
  hardwareVersion: 1,
};

/** A REST API meter created by POST /Devices: its values are whatever was posted. */
export const restTemplate = (energyType: number, subType: number | undefined): DeviceTemplate => ({
  ...meter('rest', 'rest', energyType, subType, [0, 0], energyType === 1 ? 'kWh' : 'm3', ''),
  familyType: 1001,
});

/**
 * The order in which a fleet of N meters picks templates: the first 18 cover every family and medium,
 * so even a small demo fleet shows each kind once.
 */
export const FLEET_MIX: readonly DeviceTemplate[] = [
  ELECTRICITY_TEMPLATES[12]!,
  ELECTRICITY_TEMPLATES[7]!,
  ELECTRICITY_TEMPLATES[16]!,
  ELECTRICITY_TEMPLATES[2]!,
  ELECTRICITY_TEMPLATES[1]!,
  OTHER_TEMPLATES.water,
  ELECTRICITY_TEMPLATES[3]!,
  ELECTRICITY_TEMPLATES[6]!,
  ELECTRICITY_TEMPLATES[8]!,
  OTHER_TEMPLATES.heat,
  ELECTRICITY_TEMPLATES[9]!,
  ELECTRICITY_TEMPLATES[17]!,
  ELECTRICITY_TEMPLATES[18]!,
  OTHER_TEMPLATES.gas,
  OTHER_TEMPLATES.hotWater,
];

/** Templates used after the mix is exhausted: the common smart-me meters. */
export const COMMON_TEMPLATES: readonly DeviceTemplate[] = [
  ELECTRICITY_TEMPLATES[12]!,
  ELECTRICITY_TEMPLATES[16]!,
  ELECTRICITY_TEMPLATES[7]!,
  ELECTRICITY_TEMPLATES[2]!,
  ELECTRICITY_TEMPLATES[17]!,
];
