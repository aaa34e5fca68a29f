import type { FolderMenuConfiguration } from '../../../shared/api/index.ts';

/**
 * The simulated cloud's data model. The generator builds it from a seed (pure); the HTTP handlers and
 * the pusher then change the few runtime parts (switch states, gateway meters, registrations).
 */

/** What an account may call: Professional unlocks history, Goldpartner the partner endpoints too. */
export type Licence = 'basic' | 'professional' | 'goldpartner';

/** A smart-me user account with its credentials and licence. */
export interface SimAccount {
  id: number;
  username: string;
  password: string;
  email: string;
  /** The `Authorization: ApiKey` value; absent for accounts without a key. */
  apiKey?: string;
  licence: Licence;
  isAdmin: boolean;
  /** The Goldpartner account this customer is assigned to (partner endpoints see its devices). */
  partnerId?: number;
}

/** What kind of readings a device produces (decides fields and OBIS codes). */
export type DeviceKind = 'electricity' | 'water' | 'gas' | 'heat' | 'gateway' | 'rest';

/** One switchable output as GET /actions lists it. */
export interface OutputDef {
  obisHex: string;
  name: string;
  /** 0 on/off, 1 analog. */
  actionType: number;
  minValue?: number;
  maxValue?: number;
  /** For phase switches: 1..3 (the phase it cuts); absent for free outputs. */
  phase?: number;
}

/** Values last posted to a REST API meter (FamilyType 1001) via POST /Devices, in REST units. */
export interface PostedValues {
  atMs: number;
  values: Readonly<Record<string, number | boolean>>;
}

/** Runtime state of a device: what actions and POSTs changed. */
export interface DeviceRuntime {
  /** Per phase (index 0 = L1): false when the device's switch cut that phase. */
  phaseOn: boolean[];
  /** When the phase switch state changed: needed so counters stop while off and never fall. */
  switchChanges: { atMs: number; phaseOn: boolean[] }[];
  /** Output state by OBIS hex (0/1 or an analog value). */
  outputs: Record<string, number>;
  /** While clock < this, the device reports every second (FastSendDeviceValues). */
  fastSendUntilMs?: number;
  /** REST API meters only: every POSTed set of values, oldest first. */
  posted: PostedValues[];
}

/** A device of the fleet with everything needed to compute its readings at any time. */
export interface SimDevice {
  id: string;
  serial: number;
  name: string;
  accountId: number;
  energyType: number;
  familyType: number;
  subType?: number;
  kind: DeviceKind;
  /** 1 or 3 for electricity meters, 0 otherwise. */
  phases: number;
  /** Whether per-phase values (power, voltage, current, PF per phase) are reported. */
  phaseValues: boolean;
  hasPowerFactor: boolean;
  hasTemperature: boolean;
  /** Number of tariff registers reported (CounterReadingT1..Tn). */
  tariffs: number;
  /** Share of the import counter per tariff (sums to 1). */
  tariffShares: number[];
  /** Average import power (kW) or flow (m3/h). */
  basePower: number;
  /** Average export power in kW (PV installations); 0 for none. */
  exportPower: number;
  /** Share of the power per phase (sums to 1). */
  phaseShares: number[];
  /** Random phases (radians) of the daily and short load waves. */
  wavePhase: number;
  /** Counter value (kWh or m3) at installMs. */
  baseCounter: number;
  baseExport: number;
  installMs: number;
  /** Milliseconds between two reports while online. */
  reportIntervalMs: number;
  /** Offset of the report grid within the interval. */
  reportOffsetMs: number;
  /** UploadInterval enum of the device configuration. */
  uploadInterval: number;
  /** Set for devices that stopped reporting: their last report time (frozen). */
  lastContactMs?: number;
  counterUnit: string;
  powerUnit: string;
  outputs: OutputDef[];
  hardwareVersion: number;
  firmwareVersion: number;
  network?: string;
  rssi?: number;
  additionalSerial?: string;
  /** For M-Bus meter devices: the gateway that reads them. */
  gatewayId?: string;
  runtime: DeviceRuntime;
}

/** One meter definition of a gateway (MBusMeterDto). */
export interface SimMBusMeter {
  /** The device id when smart-me knows this meter; undefined means Guid.Empty. */
  deviceId?: string;
  name: string;
  addressingMode: number;
  primaryAddress: number;
  secondaryAddress?: string;
  baudrate: number;
  sendSndNke: boolean;
  sendAppReset: boolean;
  state: number;
  energyType: number;
  energySubType: number;
}

/** An M-Bus gateway (its device has DeviceEnergyType 8, FamilyType 4). */
export interface SimGateway {
  id: string;
  name: string;
  serialNumber: string;
  readoutInterval: number;
  state: number;
  isAddingMetersAllowed: boolean;
  meters: SimMBusMeter[];
  /** While clock < this, State is SearchInProgress. */
  searchUntilMs?: number;
}

/** A Realtime-API webhook registration. */
export interface SimRegistration {
  id: string;
  accountId: number;
  /** 1 single meter, 2 whole account, 0 disabled. */
  registrationType: number;
  meterId?: string;
  serialNumber?: string;
  apiUrl: string;
  basicAuthUsername?: string;
  basicAuthPassword?: string;
}

/** The whole simulated cloud. */
export interface World {
  seed: number;
  /** Clock time when the fleet was generated: ages (offline, stale) are relative to it. */
  createdAtMs: number;
  accounts: SimAccount[];
  /** By lower-case id, in generation order. */
  devices: Map<string, SimDevice>;
  /** By gateway device id. */
  gateways: Map<string, SimGateway>;
  registrations: SimRegistration[];
  /** Folder menus by user id (partner/foldermenu). */
  folderMenus: Map<number, FolderMenuConfiguration>;
}
