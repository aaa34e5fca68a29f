import { namesOf } from './enum-table.ts';

/** `MBusGatewayDto.State`: the gateway's summary of its last readout or search. */
export const MBusGatewayState = {
  LastReadoutOk: 0,
  SearchInProgress: 1,
  FailedOnOneOrMoreMeter: 2,
  TooManySearchErrors: 3,
} as const;

/** Display names of MBusGatewayState integers. */
export const MBusGatewayStateName = namesOf(MBusGatewayState);

/** `ReadoutInterval` (the API spells it "Intervall"): how often a gateway reads all its meters. */
export const MBusReadoutIntervall = {
  Intervall_2s: 0,
  Intervall_10s: 1,
  Intervall_1min: 2,
  Intervall_5min: 3,
  Intervall_15min: 4,
  Intervall_30min: 5,
  Intervall_60min: 6,
  Intervall_6hours: 7,
  Intervall_12hours: 8,
  Intervall_24hours: 9,
} as const;

/** Display names of MBusReadoutIntervall integers. */
export const MBusReadoutIntervallName = namesOf(MBusReadoutIntervall);

/** Seconds per readout interval: needed for "stale" (2 x interval) and "interval too short" checks. */
export const MBusReadoutIntervalSeconds: Readonly<Record<number, number>> = Object.freeze({
  0: 2,
  1: 10,
  2: 60,
  3: 300,
  4: 900,
  5: 1800,
  6: 3600,
  7: 21_600,
  8: 43_200,
  9: 86_400,
});

/** `MBusMeterDto.State`: the result of the gateway's last attempt to read this meter. */
export const MBusMeterState = {
  LastReadoutOk: 0,
  LastReadoutFailed: 1,
  ReadoutStarted: 2,
  CRCError: 3,
} as const;

/** Display names of MBusMeterState integers. */
export const MBusMeterStateName = namesOf(MBusMeterState);

/** How the gateway addresses a meter on the bus. */
export const MBusAddressingMode = { Invalid: 0, Primary: 1, Secondary: 2 } as const;

/** Display names of MBusAddressingMode integers. */
export const MBusAddressingModeName = namesOf(MBusAddressingMode);

/** Bus speed of one meter. */
export const MBusBaudrate = { Baud300: 0, Baud2400: 1, Baud9600: 2, Baud19200: 3 } as const;

/** Display names of MBusBaudrate integers. */
export const MBusBaudrateName = namesOf(MBusBaudrate);

/** `MBusMeterDto.EnergyType` (there is no 7 in the API). */
export const MBusMeterEnergyType = {
  Unknown: 0,
  Electricity: 1,
  Water: 2,
  Gas: 3,
  Heat: 4,
  HCA: 5,
  Temperature: 6,
  CompressedAir: 8,
  SolarLog: 9,
} as const;

/** Display names of MBusMeterEnergyType integers. */
export const MBusMeterEnergyTypeName = namesOf(MBusMeterEnergyType);

/** `MBusMeterDto.EnergyEnergySubType` (sic). */
export const MBusMeterEnergySubType = {
  Unknown: 0,
  Cold: 1,
  Heat: 2,
  Electricity: 3,
  Water: 4,
  Gas: 5,
  ElectricityHeat: 6,
  Temperature: 7,
} as const;

/** Display names of MBusMeterEnergySubType integers. */
export const MBusMeterEnergySubTypeName = namesOf(MBusMeterEnergySubType);
