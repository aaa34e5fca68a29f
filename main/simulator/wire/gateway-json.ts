import { MBusGatewayState, type MBusGatewayDto, type MBusMeterDto } from '../../../shared/api/index.ts';
import { lastReportMs } from '../model/report-time.ts';
import { EMPTY_GUID } from '../world/guid.ts';
import type { SimGateway, SimMBusMeter, World } from '../world/types.ts';
import { reportDate } from './report-date.ts';

/** One meter definition as the API sends it (every field present; Guid.Empty for unknown meters). */
export function meterJson(meter: SimMBusMeter): MBusMeterDto {
  return {
    Id: meter.deviceId ?? EMPTY_GUID,
    Name: meter.name,
    AddressingMode: meter.addressingMode,
    PrimaryAddress: meter.primaryAddress,
    SecondaryAddress: meter.secondaryAddress,
    Baudrate: meter.baudrate,
    Send_SND_NKE: meter.sendSndNke,
    Send_App_Reset: meter.sendAppReset,
    State: meter.state,
    EnergyType: meter.energyType,
    EnergyEnergySubType: meter.energySubType,
  };
}

/** The gateway's state now: SearchInProgress while a search runs, its stored state otherwise. */
export function gatewayState(gateway: SimGateway, nowMs: number): number {
  return gateway.searchUntilMs !== undefined && nowMs < gateway.searchUntilMs
    ? MBusGatewayState.SearchInProgress
    : gateway.state;
}

/** GET /gateway/mbus/{id}: LastSeen is the gateway device's last report. */
export function gatewayJson(world: World, gateway: SimGateway, nowMs: number): MBusGatewayDto {
  const device = world.devices.get(gateway.id);
  const seen = device && lastReportMs(device, nowMs);
  return {
    Name: gateway.name,
    SerialNumber: gateway.serialNumber,
    LastSeen: device && seen !== undefined ? reportDate(world.seed, device, seen) : undefined,
    ReadoutInterval: gateway.readoutInterval,
    State: gatewayState(gateway, nowMs),
    Meters: gateway.meters.map(meterJson),
    IsAddingMetersAllowed: gateway.isAddingMetersAllowed,
  };
}
