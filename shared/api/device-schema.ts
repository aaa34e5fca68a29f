import { z } from 'zod';
import { optBoolean, optNumber, optString } from './schema-fields.ts';

/**
 * Voltage, current and power factor, in total and per phase: the same fields, in the same order, in what
 * GET /Devices sends and what POST /Devices takes, so both schemas build them here.
 */
const electricalFields = () => ({
  Voltage: optNumber(),
  VoltageL1: optNumber(),
  VoltageL2: optNumber(),
  VoltageL3: optNumber(),
  Current: optNumber(),
  CurrentL1: optNumber(),
  CurrentL2: optNumber(),
  CurrentL3: optNumber(),
  PowerFactor: optNumber(),
  PowerFactorL1: optNumber(),
  PowerFactorL2: optNumber(),
  PowerFactorL3: optNumber(),
});

/**
 * `Device` as GET /Devices sends it. Only Id and Serial are always present; unknown keys are kept
 * (passthrough) so a newer API field still reaches `--json` output instead of vanishing.
 */
export const DeviceSchema = z.looseObject({
  Id: z.string(),
  Serial: z.number(),
  Name: optString(),
  DeviceEnergyType: optNumber(),
  MeterSubType: optNumber(),
  FamilyType: optNumber(),
  /** kW for electricity; for water/gas/heat the current flow rate. */
  ActivePower: optNumber(),
  ActivePowerL1: optNumber(),
  ActivePowerL2: optNumber(),
  ActivePowerL3: optNumber(),
  ActivePowerUnit: optString(),
  /** Total counter, kWh or m3 (see CounterReadingUnit). */
  CounterReading: optNumber(),
  CounterReadingUnit: optString(),
  CounterReadingT1: optNumber(),
  CounterReadingT2: optNumber(),
  CounterReadingT3: optNumber(),
  CounterReadingT4: optNumber(),
  CounterReadingImport: optNumber(),
  CounterReadingExport: optNumber(),
  SwitchOn: optBoolean(),
  SwitchPhaseL1On: optBoolean(),
  SwitchPhaseL2On: optBoolean(),
  SwitchPhaseL3On: optBoolean(),
  ...electricalFields(),
  Temperature: optNumber(),
  ActiveTariff: optNumber(),
  DigitalOutput1: optBoolean(),
  DigitalOutput2: optBoolean(),
  AnalogOutput1: optNumber(),
  AnalogOutput2: optNumber(),
  DigitalInput1: optBoolean(),
  DigitalInput2: optBoolean(),
  /** UTC time of the device's last report: drives the 15-minute online rule. */
  ValueDate: optString(),
  AdditionalMeterSerialNumber: optString(),
  FlowRate: optNumber(),
  ChargingStationState: optNumber(),
});

/** A device as the API sends it (see DeviceSchema). */
export type Device = z.infer<typeof DeviceSchema>;

/** GET /Devices, /DevicesByEnergy, /DevicesBySubType, /PartnerAllDevices: a list of devices. */
export const DevicesSchema = z.array(DeviceSchema);

/**
 * POST /Devices body and answer: create (Id empty, DeviceEnergyType set) or update values of a REST
 * meter (Id set). Units: kW or m3/h, kWh or m3; ValueDate UTC, server time when absent.
 */
export const DeviceToPostSchema = z.looseObject({
  Id: optString(),
  Name: optString(),
  Serial: optNumber(),
  DeviceEnergyType: optNumber(),
  MeterSubType: optNumber(),
  ActivePower: optNumber(),
  CounterReading: optNumber(),
  CounterReadingT1: optNumber(),
  CounterReadingT2: optNumber(),
  CounterReadingExport: optNumber(),
  CounterReadingExportT1: optNumber(),
  CounterReadingExportT2: optNumber(),
  Temperature: optNumber(),
  ValueDate: optString(),
  ...electricalFields(),
  DigitalInput1: optBoolean(),
});

/** The POST /Devices body and answer (see DeviceToPostSchema). */
export type DeviceToPost = z.infer<typeof DeviceToPostSchema>;

/**
 * GET /AdditionalDeviceInformation/{id}: firmware and network of a device. Note the capital `ID`.
 * RSSI is 0 (bad) to 100 (best).
 */
export const AdditionalDeviceInformationSchema = z.looseObject({
  ID: optString(),
  HardwareVersion: optNumber(),
  FirmwareVersion: optNumber(),
  AdditionalMeterSerialNumber: optString(),
  /** wifi, gprs, ltecatm1, ltenbiot, meshmobile, meshwifi */
  NetworkConnection: optString(),
  NetworkConnectionRSSI: optNumber(),
});

/** Firmware and network of a device (see AdditionalDeviceInformationSchema). */
export type AdditionalDeviceInformation = z.infer<typeof AdditionalDeviceInformationSchema>;
