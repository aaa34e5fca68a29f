import { z } from 'zod';
import { defineCall } from '../define.ts';

/**
 * The fleet as the Devices and Gateways views show it: only the columns they use (a 10,000-device account
 * stays a few MB on the wire), camelCase, absent values as null.
 */

const num = z.number().nullable();
const text = z.string().nullable();

/** One row of the devices table. */
export const DeviceRowSchema = z.object({
  id: z.string(),
  serial: z.number(),
  name: text,
  /** smart-me's MeterEnergyType integer (1 electricity, 2 water, …, 8 M-Bus gateway). */
  energyType: num,
  familyType: num,
  /** What a technician calls the hardware, e.g. "3-phase 80 A". */
  familyLabel: z.string(),
  counterReading: num,
  counterReadingUnit: text,
  activePower: num,
  activePowerUnit: text,
  /** UTC time of the last value. */
  valueDate: text,
  /** Last value within the offline threshold (15 minutes by default). */
  online: z.boolean(),
});

/** One meter behind an M-Bus gateway. */
export const GatewayMeterSchema = z.object({
  /** The smart-me device id; Guid.Empty when smart-me has no device for it. */
  id: z.string(),
  name: text,
  secondaryAddress: text,
  state: num,
  stateName: z.string(),
  lastValueDate: text,
  /** Last value older than the stale threshold (24 h or 2 readout intervals), or none at all. */
  stale: z.boolean(),
});

/** One M-Bus gateway with its meters. */
export const GatewayViewSchema = z.object({
  id: z.string(),
  name: text,
  serialNumber: text,
  state: num,
  stateName: z.string(),
  readoutInterval: num,
  readoutIntervalName: z.string(),
  /** The interval in seconds, for the doctor's "too short for this many meters" check. */
  readoutIntervalSeconds: num,
  lastSeen: text,
  meters: z.array(GatewayMeterSchema),
});

/** Something that could not be loaded, shown next to everything that could. */
export const FleetProblemSchema = z.object({ item: z.string(), code: z.string(), message: z.string() });

/** A loaded fleet, live or (offline) from the cache with its age. */
export const FleetViewSchema = z.object({
  /** When the data was fetched (ISO). */
  loadedAt: z.string(),
  server: z.string(),
  source: z.enum(['live', 'cache']),
  ageMs: z.number().min(0),
  /** True when the cloud could not be reached and this is older data ("data as of …"). */
  stale: z.boolean(),
  /** Why the live load failed, for cache results. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  devices: z.array(DeviceRowSchema),
  gateways: z.array(GatewayViewSchema),
  problems: z.array(FleetProblemSchema),
});

/** One row of the devices table. */
export type DeviceRow = z.infer<typeof DeviceRowSchema>;
/** One gateway card. */
export type GatewayView = z.infer<typeof GatewayViewSchema>;
/** One meter of a gateway. */
export type GatewayMeter = z.infer<typeof GatewayMeterSchema>;
/** What `fleet:load` answers. */
export type FleetView = z.infer<typeof FleetViewSchema>;

/** Progress of a fleet load: `total` grows as gateways and meters are discovered. */
export const FleetProgressSchema = z.object({
  done: z.int().min(0),
  total: z.int().min(0),
  phase: z.enum(['devices', 'gateways', 'meters', 'done']),
});

/**
 * `fleet:load`: devices, gateways and meters of the logged-in account. Without `refresh`, the fleet main
 * already holds for this login is answered at once; `fleet:progress` events report a live load.
 */
export const fleetLoadCall = defineCall({
  summary: 'Devices, M-Bus gateways and meters with online/stale states; from the cache when offline',
  request: z.object({ refresh: z.boolean().default(false) }),
  response: FleetViewSchema,
});
