import { formatApiDate, type Device } from '../../../shared/api/index.ts';
import { readingsAt, type Readings } from '../model/readings.ts';
import { lastReportMs, reportTicks } from '../model/report-time.ts';
import { OUTPUTS } from '../world/outputs.ts';
import type { SimDevice } from '../world/types.ts';

const avg = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);
const r3 = (v: number): number => Number(v.toFixed(3));

/** Electricity fields exactly as the family reports them (phases, PF, tariffs, switches, outputs). */
function electricityFields(device: SimDevice, r: Readings): Partial<Device> {
  const out: Partial<Device> = {
    ActivePower: r.power,
    ActivePowerUnit: device.powerUnit,
    CounterReading: r.counter,
    CounterReadingUnit: device.counterUnit,
  };
  const phaseKeys = ['L1', 'L2', 'L3'] as const;
  const set = (key: string, value: number | boolean | string) =>
    ((out as Record<string, unknown>)[key] = value);
  if (device.phaseValues) r.powerPhases.forEach((p, i) => set(`ActivePower${phaseKeys[i]}`, p));
  r.tariffs.forEach((t, i) => set(`CounterReadingT${i + 1}`, t));
  out.CounterReadingImport = r.counter;
  out.CounterReadingExport = r.exportCounter;
  const switches = device.outputs.filter((o) => o.phase !== undefined);
  if (switches.length > 0) {
    out.SwitchOn = device.runtime.phaseOn.some(Boolean);
    if (switches.length > 1)
      device.runtime.phaseOn.forEach((on, i) => set(`SwitchPhase${phaseKeys[i]}On`, on));
  }
  if (device.hasPowerFactor) {
    out.Voltage = Number(avg(r.voltage).toFixed(1));
    out.PowerFactor = r3(avg(r.powerFactor));
    if (device.phases === 1) out.Current = r.current[0];
    if (device.phaseValues) {
      r.voltage.forEach((v, i) => set(`Voltage${phaseKeys[i]}`, v));
      r.current.forEach((c, i) => set(`Current${phaseKeys[i]}`, c));
      r.powerFactor.forEach((pf, i) => set(`PowerFactor${phaseKeys[i]}`, pf));
    }
  }
  if (device.outputs.some((o) => o.obisHex === OUTPUTS.output0.obisHex)) {
    out.DigitalOutput1 = device.runtime.outputs[OUTPUTS.output0.obisHex] === 1;
  }
  if (device.outputs.some((o) => o.obisHex === OUTPUTS.relais.obisHex)) {
    out.DigitalOutput2 = device.runtime.outputs[OUTPUTS.relais.obisHex] === 1;
  }
  return out;
}

/** Water, gas and heat: counter, current flow (or heat power) and flow rate. */
function mediumFields(device: SimDevice, r: Readings): Partial<Device> {
  return {
    ActivePower: r.power,
    ActivePowerUnit: device.powerUnit,
    CounterReading: r.counter,
    CounterReadingUnit: device.counterUnit,
    FlowRate: r.flowRate,
  };
}

/** A REST API meter shows what was last posted to it, nothing more. */
function postedFields(device: SimDevice, atMs: number): Partial<Device> {
  const last = [...device.runtime.posted].reverse().find((p) => p.atMs <= atMs);
  return last ? (last.values as Partial<Device>) : {};
}

/**
 * A device as GET /Devices answers it at clock time `nowMs`: identity, the fields its family has, and
 * ValueDate = its last report. Absent values are left out (the API omits nulls).
 */
export function deviceJson(device: SimDevice, seed: number, nowMs: number): Device {
  const base: Device = {
    Id: device.id,
    Name: device.name,
    Serial: device.serial,
    DeviceEnergyType: device.energyType,
    MeterSubType: device.subType,
    FamilyType: device.familyType,
  };
  const reportMs = lastReportMs(device, nowMs);
  if (reportMs === undefined) return base;
  const valueDate = formatApiDate(reportTicks(seed, device, reportMs));
  if (device.kind === 'gateway') return { ...base, ValueDate: valueDate };
  if (device.kind === 'rest') return { ...base, ...postedFields(device, reportMs), ValueDate: valueDate };
  const r = readingsAt(device, seed, reportMs);
  const fields = device.kind === 'electricity' ? electricityFields(device, r) : mediumFields(device, r);
  return {
    ...base,
    ...fields,
    Temperature: r.temperature,
    AdditionalMeterSerialNumber: device.additionalSerial,
    ValueDate: valueDate,
  };
}
