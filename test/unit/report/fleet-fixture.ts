import type { Device } from '../../../shared/api/index.ts';
import type {
  DeviceRow,
  FleetView,
  GatewayMeter,
  GatewayView,
} from '../../../shared/contract/calls/fleet.ts';

/** When the fixture fleet was loaded. */
export const LOADED_AT = '2026-07-25T12:00:00.000Z';
/** The report is made two hours later (offline, from the cache). */
export const NOW = Date.parse('2026-07-25T14:00:00Z');

/** A device row with sensible defaults. */
export const device = (over: Partial<DeviceRow> = {}): DeviceRow => ({
  id: 'd0000000-0000-0000-0000-000000000001',
  serial: 1001,
  name: 'Flat 1',
  energyType: 1,
  familyType: 10,
  familyLabel: '3-phase 80 A',
  counterReading: 1234.5,
  counterReadingUnit: 'kWh',
  activePower: 0.5,
  activePowerUnit: 'kW',
  valueDate: '2026-07-25T11:59:00Z',
  online: true,
  ...over,
});

/** A gateway meter with sensible defaults. */
export const meter = (over: Partial<GatewayMeter> = {}): GatewayMeter => ({
  id: 'm0000000-0000-0000-0000-000000000001',
  name: 'Water 1',
  secondaryAddress: '12345678',
  state: 0,
  stateName: 'LastReadoutOk',
  lastValueDate: '2026-07-25T11:50:00Z',
  stale: false,
  ...over,
});

/** A gateway with sensible defaults. */
export const gateway = (over: Partial<GatewayView> = {}): GatewayView => ({
  id: 'g0000000-0000-0000-0000-000000000001',
  name: 'Haus 1',
  serialNumber: '5001',
  state: 0,
  stateName: 'LastReadoutOk',
  readoutInterval: 4,
  readoutIntervalName: 'Intervall_15min',
  readoutIntervalSeconds: 900,
  lastSeen: '2026-07-25T11:58:00Z',
  meters: [meter()],
  ...over,
});

/**
 * An installation with something in every section: two offline devices (one never seen), a gateway with a
 * too-short interval, two stale meters (one without a smart-me device), a load problem, from the cache.
 */
export const fleet = (over: Partial<FleetView> = {}): FleetView => ({
  loadedAt: LOADED_AT,
  server: 'https://api.smart-me.com',
  source: 'cache',
  ageMs: 3_600_000,
  stale: true,
  error: { code: 'offline', message: 'The smart-me cloud cannot be reached.' },
  devices: [
    device(),
    device({ id: 'd2', serial: 1002, name: 'Heat pump', valueDate: '2026-07-25T09:00:00Z', online: false }),
    device({ id: 'd3', serial: 1003, name: 'Garage | east', valueDate: null, online: false }),
  ],
  gateways: [
    gateway({
      readoutInterval: 0,
      readoutIntervalName: 'Intervall_2s',
      readoutIntervalSeconds: 2,
      meters: [
        meter(),
        meter({
          id: 'm2',
          name: 'Cold water 2',
          secondaryAddress: '87654321',
          stateName: 'LastReadoutFailed',
          lastValueDate: '2026-07-22T12:00:00Z',
          stale: true,
        }),
        meter({
          id: '00000000-0000-0000-0000-000000000000',
          name: 'Phantom <3>',
          secondaryAddress: null,
          lastValueDate: null,
          stale: true,
        }),
      ],
    }),
  ],
  problems: [{ item: 'gateway "Haus 2" (g2)', code: 'timeout', message: 'No answer within 30 s.' }],
  ...over,
});

/** The device list as the API sent it: Flat 1 has a missing phase and a power factor above 1. */
export const apiDevices: Device[] = [
  {
    Id: 'd0000000-0000-0000-0000-000000000001',
    Serial: 1001,
    Name: 'Flat 1',
    DeviceEnergyType: 1,
    VoltageL1: 231,
    VoltageL2: 0,
    VoltageL3: 229.5,
    PowerFactor: 1.4,
    CounterReading: 1234.5,
  },
  {
    Id: 'd0000000-0000-0000-0000-000000000002',
    Serial: 1002,
    Name: 'Flat 2',
    DeviceEnergyType: 1,
    CounterReading: 500,
    CounterReadingT1: 200,
    CounterReadingT2: 100,
    CounterReadingT3: 100,
    CounterReadingT4: 50,
  },
  { Id: 'w1', Serial: 2001, Name: 'Water', DeviceEnergyType: 2, CounterReading: -5 },
];
