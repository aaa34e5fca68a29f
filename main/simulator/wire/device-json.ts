import { formatApiDate, type Device } from '../../../shared/api/index.ts';
import { readingsAt, round, type Readings } from '../model/readings.ts';
import { lastReportMs, reportTicks } from '../model/report-time.ts';
import { OUTPUTS } from '../world/outputs.ts';
import type { SimDevice } from '../world/types.ts';

type Out = Record<string, unknown>;

const PHASES = ['L1', 'L2', 'L3'] as const;
const avg = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(values.length, 1);

/** Electricity fields exactly as the family reports them (phases, PF, tariffs, switches, outputs). */
function electricityFields(out: Out, device: SimDevice, r: Readings): void {
  out.ActivePower = r.power;
  if (device.phaseValues) r.powerPhases.forEach((p, i) => (out[`ActivePower${PHASES[i]}`] = p));
  out.ActivePowerUnit = device.powerUnit;
  out.CounterReading = r.counter;
  out.CounterReadingUnit = device.counterUnit;
  r.tariffs.forEach((t, i) => (out[`CounterReadingT${i + 1}`] = t));
  out.CounterReadingImport = r.counter;
  out.CounterReadingExport = r.exportCounter;
  const switches = device.outputs.filter((o) => o.phase !== undefined);
  if (switches.length > 0) {
    out.SwitchOn = device.runtime.phaseOn.some(Boolean);
    if (switches.length > 1)
      device.runtime.phaseOn.forEach((on, i) => (out[`SwitchPhase${PHASES[i]}On`] = on));
  }
  if (device.hasPowerFactor) {
    out.Voltage = round(avg(r.voltage), 1);
    if (device.phaseValues) r.voltage.forEach((v, i) => (out[`Voltage${PHASES[i]}`] = v));
    if (device.phases === 1) out.Current = r.current[0];
    if (device.phaseValues) r.current.forEach((c, i) => (out[`Current${PHASES[i]}`] = c));
    out.PowerFactor = round(avg(r.powerFactor), 3);
    if (device.phaseValues) r.powerFactor.forEach((pf, i) => (out[`PowerFactor${PHASES[i]}`] = pf));
  }
  if (r.temperature !== undefined) out.Temperature = r.temperature;
  for (const [obis, key] of [
    [OUTPUTS.output0.obisHex, 'DigitalOutput1'],
    [OUTPUTS.relais.obisHex, 'DigitalOutput2'],
  ] as const) {
    if (device.outputs.some((o) => o.obisHex === obis)) out[key] = device.runtime.outputs[obis] === 1;
  }
}

/** Water, gas and heat: counter, current flow (or heat power), flow rate and (heat) temperature. */
function mediumFields(out: Out, device: SimDevice, r: Readings): void {
  out.ActivePower = r.power;
  out.ActivePowerUnit = device.powerUnit;
  out.CounterReading = r.counter;
  out.CounterReadingUnit = device.counterUnit;
  if (r.temperature !== undefined) out.Temperature = r.temperature;
  if (r.flowRate !== undefined) out.FlowRate = r.flowRate;
}

/**
 * A device as GET /Devices answers it at clock time `nowMs`: identity, the fields its family has, and
 * ValueDate = its last report. Absent values are left out (the API omits nulls). Built as one flat
 * object without spreads: a 5000-device list is answered often in benchmarks.
 */
export function deviceJson(device: SimDevice, seed: number, nowMs: number): Device {
  const out: Out = {
    Id: device.id,
    Name: device.name,
    Serial: device.serial,
    DeviceEnergyType: device.energyType,
  };
  if (device.subType !== undefined) out.MeterSubType = device.subType;
  out.FamilyType = device.familyType;
  const reportMs = lastReportMs(device, nowMs);
  if (reportMs !== undefined) {
    if (device.kind === 'rest') {
      const posted = device.runtime.posted.filter((p) => p.atMs <= reportMs).at(-1);
      Object.assign(out, posted?.values);
    } else if (device.kind !== 'gateway') {
      const r = readingsAt(device, seed, reportMs);
      if (device.kind === 'electricity') electricityFields(out, device, r);
      else mediumFields(out, device, r);
    }
    if (device.additionalSerial) out.AdditionalMeterSerialNumber = device.additionalSerial;
    out.ValueDate = formatApiDate(reportTicks(seed, device, reportMs));
  }
  return out as Device;
}
