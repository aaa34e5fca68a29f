import type { Device } from '../../../shared/api/index.ts';
import type { ApiErrorCode } from '../api/api-error.ts';

/** A device as the API sent it, plus the derived 15-minute online state. This is `devices --json`'s row. */
export type FleetDevice = Device & { online: boolean };

/** One meter of a gateway, shaped as `gateways --json` prints it (absent values are null, never missing). */
export interface FleetMeter {
  /** The smart-me device id; Guid.Empty when smart-me has no device for this meter. */
  Id: string;
  Name: string | null;
  SecondaryAddress: string | null;
  State: number | null;
  StateName: string;
  /** UTC time of the meter's last value (its device's ValueDate), null when unknown. */
  LastValueDate: string | null;
  /** Last value older than max(24 h, 2 × readout interval), or no value at all. */
  stale: boolean;
}

/** One M-Bus gateway with its meters, shaped as `gateways --json` prints it. */
export interface FleetGateway {
  Id: string;
  Name: string | null;
  SerialNumber: string | null;
  State: number | null;
  StateName: string;
  ReadoutInterval: number | null;
  ReadoutIntervalName: string;
  LastSeen: string | null;
  Meters: FleetMeter[];
}

/** Something that could not be loaded, reported next to everything that could. */
export interface FleetProblem {
  /** What was being loaded, e.g. `gateway M-Bus Gateway Haus 3` or `device list`. */
  item: string;
  code: ApiErrorCode;
  message: string;
}

/** Everything about an account's installation at one moment: what the tables and the cache hold. */
export interface Fleet {
  /** When the data was fetched (ISO, UTC). */
  loadedAt: string;
  /** The server it came from (no credentials). */
  server: string;
  devices: FleetDevice[];
  gateways: FleetGateway[];
  problems: FleetProblem[];
}

/** A fleet and where it came from: a UI shows "data as of …" and a stale badge when it is from the cache. */
export interface FleetResult {
  fleet: Fleet;
  source: 'live' | 'cache';
  /** How old the data is, in ms (0 for a live load). */
  ageMs: number;
  /** True when the live load failed and this is older data. */
  stale: boolean;
  /** Why the live load failed (cache results only). */
  error?: { code: ApiErrorCode; message: string };
}

/** Progress of a fleet load: `total` grows as gateways and meters are discovered. */
export interface FleetProgress {
  done: number;
  total: number;
  phase: 'devices' | 'gateways' | 'meters' | 'done';
}
