import type { Device } from '../../../shared/api/index.ts';
import { mapInSlices } from '../http/map-in-slices.ts';
import { readingsAt, round, type Readings } from '../model/readings.ts';
import { lastReportMs } from '../model/report-time.ts';
import { OUTPUTS } from '../world/outputs.ts';
import type { SimDevice } from '../world/types.ts';
import { cachedDeviceText } from './device-text-cache.ts';
import { reportDate } from './report-date.ts';

const PHASES = ['L1', 'L2', 'L3'] as const;
const DIGITAL_OUTPUTS = [
  [OUTPUTS.output0.obisHex, 'DigitalOutput1'],
  [OUTPUTS.relais.obisHex, 'DigitalOutput2'],
] as const;

/** Nulls are omitted by the API, so a number that is not finite (JSON's null) is left out as well. */
const num = (key: string, value: number | undefined): string =>
  value !== undefined && Number.isFinite(value) ? `,"${key}":${value}` : '';
const str = (key: string, value: string): string => `,"${key}":${JSON.stringify(value)}`;
const bool = (key: string, value: boolean): string => `,"${key}":${value}`;

/** One number per phase (`ActivePowerL1`...), for meters that report phase values. */
function phased(prefix: string, values: readonly number[], suffix = ''): string {
  let text = '';
  for (let i = 0; i < values.length; i++) text += num(`${prefix}${PHASES[i]}${suffix}`, values[i]);
  return text;
}

function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / Math.max(values.length, 1);
}

/** Electricity fields exactly as the family reports them (phases, PF, tariffs, switches, outputs). */
function electricityFields(device: SimDevice, r: Readings): string {
  let text = num('ActivePower', r.power);
  if (device.phaseValues) text += phased('ActivePower', r.powerPhases);
  text += str('ActivePowerUnit', device.powerUnit);
  text += num('CounterReading', r.counter) + str('CounterReadingUnit', device.counterUnit);
  for (let i = 0; i < r.tariffs.length; i++) text += num(`CounterReadingT${i + 1}`, r.tariffs[i]);
  text += num('CounterReadingImport', r.counter) + num('CounterReadingExport', r.exportCounter);
  const switches = device.outputs.filter((o) => o.phase !== undefined).length;
  if (switches > 0) {
    const on = device.runtime.phaseOn;
    text += bool('SwitchOn', on.some(Boolean));
    if (switches > 1) for (let i = 0; i < on.length; i++) text += bool(`SwitchPhase${PHASES[i]}On`, !!on[i]);
  }
  if (device.hasPowerFactor) {
    text += num('Voltage', round(mean(r.voltage), 1));
    if (device.phaseValues) text += phased('Voltage', r.voltage);
    if (device.phases === 1) text += num('Current', r.current[0]);
    if (device.phaseValues) text += phased('Current', r.current);
    text += num('PowerFactor', round(mean(r.powerFactor), 3));
    if (device.phaseValues) text += phased('PowerFactor', r.powerFactor);
  }
  text += num('Temperature', r.temperature);
  for (const [obis, key] of DIGITAL_OUTPUTS) {
    if (device.outputs.some((o) => o.obisHex === obis)) text += bool(key, device.runtime.outputs[obis] === 1);
  }
  return text;
}

/** Water, gas and heat: counter, current flow (or heat power), flow rate and (heat) temperature. */
function mediumFields(device: SimDevice, r: Readings): string {
  return (
    num('ActivePower', r.power) +
    str('ActivePowerUnit', device.powerUnit) +
    num('CounterReading', r.counter) +
    str('CounterReadingUnit', device.counterUnit) +
    num('Temperature', r.temperature) +
    num('FlowRate', r.flowRate)
  );
}

/** JSON.stringify replacer: the API omits null properties instead of sending `null`. */
const omitNulls = (_key: string, value: unknown): unknown => (value === null ? undefined : value);

/**
 * A REST API meter: its last posted values, which may be any DeviceToPost field, in posted order (an
 * object assigned key by key, as a field posted under an identity name replaces it in place).
 */
function restDeviceText(device: SimDevice, identity: string, reportMs: number, seed: number): string {
  const out: Record<string, unknown> = JSON.parse(`${identity}}`) as Record<string, unknown>;
  let posted: Readonly<Record<string, number | boolean>> | undefined;
  for (const p of device.runtime.posted) if (p.atMs <= reportMs) posted = p.values;
  Object.assign(out, posted);
  if (device.additionalSerial) out.AdditionalMeterSerialNumber = device.additionalSerial;
  out.ValueDate = reportDate(seed, device, reportMs);
  return JSON.stringify(out, omitNulls);
}

/**
 * A device as GET /Devices answers it at clock time `nowMs`, as JSON text: identity, the fields its family
 * has, and ValueDate = its last report; absent values are left out (the API omits nulls). Written as text
 * field by field, because a 5,000-device list is one 1.6 MB answer that a single-threaded simulator must
 * build without keeping every other request waiting.
 */
export function deviceJsonText(device: SimDevice, seed: number, nowMs: number): string {
  const reportMs = lastReportMs(device, nowMs);
  if (reportMs === undefined) return `${identityText(device)}}`;
  if (device.kind === 'rest') return restDeviceText(device, identityText(device), reportMs, seed);
  return cachedDeviceText(device, seed, reportMs, () => reportedDeviceText(device, seed, reportMs));
}

/** The fields every device has, without the closing brace. */
function identityText(device: SimDevice): string {
  return (
    `{"Id":${JSON.stringify(device.id)}` +
    str('Name', device.name) +
    num('Serial', device.serial) +
    num('DeviceEnergyType', device.energyType) +
    num('MeterSubType', device.subType) +
    num('FamilyType', device.familyType)
  );
}

/** A measuring device or gateway after its report at `reportMs`. */
function reportedDeviceText(device: SimDevice, seed: number, reportMs: number): string {
  let text = identityText(device);
  if (device.kind !== 'gateway') {
    const r = readingsAt(device, seed, reportMs);
    text += device.kind === 'electricity' ? electricityFields(device, r) : mediumFields(device, r);
  }
  if (device.additionalSerial) text += str('AdditionalMeterSerialNumber', device.additionalSerial);
  return `${text}${str('ValueDate', reportDate(seed, device, reportMs))}}`;
}

/**
 * The JSON array of several devices at one clock time (the body of every device-list endpoint), built in
 * slices so other requests are served meanwhile; every device is taken at the same `nowMs`.
 */
export async function deviceListJsonText(
  devices: readonly SimDevice[],
  seed: number,
  nowMs: number,
): Promise<string> {
  const parts = await mapInSlices(devices, (d) => deviceJsonText(d, seed, nowMs));
  return `[${parts.join(',')}]`;
}

/** A device as GET /Devices/{id} answers it, as an object (the same text as in the list, parsed). */
export function deviceJson(device: SimDevice, seed: number, nowMs: number): Device {
  return JSON.parse(deviceJsonText(device, seed, nowMs)) as Device;
}
