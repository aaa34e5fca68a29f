import { meterFamilyLabel } from '../../../shared/api/index.ts';
import { MBusReadoutIntervalSeconds } from '../../../shared/api/mbus-enums.ts';
import type { DeviceRow, FleetView, GatewayView } from '../../../shared/contract/calls/fleet.ts';
import type { FleetDevice, FleetGateway, FleetResult } from '../fleet/fleet-types.ts';

/** A device as the table shows it: the columns only, absent values as null (so JSON keeps the key). */
export function deviceRow(d: FleetDevice): DeviceRow {
  return {
    id: d.Id,
    serial: d.Serial,
    name: d.Name ?? null,
    energyType: d.DeviceEnergyType ?? null,
    familyType: d.FamilyType ?? null,
    familyLabel: meterFamilyLabel(d.FamilyType),
    counterReading: d.CounterReading ?? null,
    counterReadingUnit: d.CounterReadingUnit ?? null,
    activePower: d.ActivePower ?? null,
    activePowerUnit: d.ActivePowerUnit ?? null,
    valueDate: d.ValueDate ?? null,
    online: d.online,
  };
}

/** A gateway in the contract's camelCase, with its readout interval in seconds for the doctor. */
export function gatewayView(g: FleetGateway): GatewayView {
  return {
    id: g.Id,
    name: g.Name,
    serialNumber: g.SerialNumber,
    state: g.State,
    stateName: g.StateName,
    readoutInterval: g.ReadoutInterval,
    readoutIntervalName: g.ReadoutIntervalName,
    readoutIntervalSeconds:
      g.ReadoutInterval === null ? null : (MBusReadoutIntervalSeconds[g.ReadoutInterval] ?? null),
    lastSeen: g.LastSeen,
    meters: g.Meters.map((m) => ({
      id: m.Id,
      name: m.Name,
      secondaryAddress: m.SecondaryAddress,
      state: m.State,
      stateName: m.StateName,
      lastValueDate: m.LastValueDate,
      stale: m.stale,
    })),
  };
}

/** A fleet load's result as `fleet:load` answers it. */
export function fleetView(r: FleetResult): FleetView {
  return {
    loadedAt: r.fleet.loadedAt,
    server: r.fleet.server,
    source: r.source,
    ageMs: r.ageMs,
    stale: r.stale,
    error: r.error ?? null,
    devices: r.fleet.devices.map(deviceRow),
    gateways: r.fleet.gateways.map(gatewayView),
    problems: r.fleet.problems,
  };
}
