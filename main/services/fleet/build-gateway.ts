import {
  MBusGatewayStateName,
  MBusMeterStateName,
  MBusReadoutIntervallName,
  enumName,
  type MBusGatewayDto,
  type MBusMeterDto,
} from '../../../shared/api/index.ts';
import { apiDateMs, defaultThresholds, isMeterStaleAtMs, type FleetThresholds } from './derive-states.ts';
import type { FleetGateway, FleetMeter } from './fleet-types.ts';

/** The id smart-me gives a meter it has no device for. */
export const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** True when the meter has a smart-me device (so it can have a last value date). */
export function hasDevice(meter: MBusMeterDto): meter is MBusMeterDto & { Id: string } {
  return typeof meter.Id === 'string' && meter.Id !== '' && meter.Id.toLowerCase() !== EMPTY_GUID;
}

/**
 * Joins a gateway's answer with each meter's last value date and derives `stale`: the pure heart of the
 * gateways view. `lastValueDate(id)` looks a meter's device up (device list or per-meter request);
 * `dateMs` reads such a date (a fleet load passes the dates it already read while waiting for gateways).
 */
export function buildGateway(
  id: string,
  dto: MBusGatewayDto,
  lastValueDate: (deviceId: string) => string | undefined,
  nowMs: number,
  t: FleetThresholds = defaultThresholds,
  dateMs: (date: string) => number | undefined = apiDateMs,
): FleetGateway {
  const interval = dto.ReadoutInterval ?? null;
  const meters: FleetMeter[] = (dto.Meters ?? []).map((m) => {
    const last = hasDevice(m) ? (lastValueDate(m.Id) ?? null) : null;
    return {
      Id: hasDevice(m) ? m.Id : EMPTY_GUID,
      Name: m.Name ?? null,
      SecondaryAddress: m.SecondaryAddress ?? null,
      State: m.State ?? null,
      StateName: enumName(MBusMeterStateName, m.State),
      LastValueDate: last,
      stale: isMeterStaleAtMs(last === null ? undefined : dateMs(last), interval, nowMs, t),
    };
  });
  return {
    Id: id,
    Name: dto.Name ?? null,
    SerialNumber: dto.SerialNumber ?? null,
    State: dto.State ?? null,
    StateName: enumName(MBusGatewayStateName, dto.State),
    ReadoutInterval: interval,
    ReadoutIntervalName: enumName(MBusReadoutIntervallName, interval),
    LastSeen: dto.LastSeen ?? null,
    Meters: meters,
  };
}
