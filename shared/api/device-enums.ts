import { namesOf } from './enum-table.ts';

/** `DeviceEnergyType` / `meterEnergyType`: what a device measures. 8 marks M-Bus gateways. */
export const MeterEnergyType = {
  MeterTypeUnknown: 0,
  MeterTypeElectricity: 1,
  MeterTypeWater: 2,
  MeterTypeGas: 3,
  MeterTypeHeat: 4,
  MeterTypeHCA: 5,
  MeterTypeAllMeters: 6,
  MeterTypeTemperature: 7,
  MeterTypeMBusGateway: 8,
  MeterTypeRS485Gateway: 9,
  MeterTypeCustomDevice: 10,
  MeterTypeCompressedAir: 11,
  MeterTypeSolarLog: 12,
  MeterTypeVirtualMeter: 13,
} as const;

/** Display names of MeterEnergyType integers (wire integer → member name). */
export const MeterEnergyTypeName = namesOf(MeterEnergyType);

/** `MeterSubType`: refines the energy type (cold/hot water, charging station, heat pump...). */
export const MeterSubType = {
  MeterSubTypeUnknown: 0,
  MeterSubTypeCold: 1,
  MeterSubTypeHeat: 2,
  MeterSubTypeChargingStation: 3,
  MeterSubTypeElectricity: 4,
  MeterSubTypeWater: 5,
  MeterSubTypeGas: 6,
  MeterSubTypeElectricityHeat: 7,
  MeterSubTypeTemperature: 8,
  MeterSubTypeVirtualBattery: 9,
} as const;

/** Display names of MeterSubType integers. */
export const MeterSubTypeName = namesOf(MeterSubType);
