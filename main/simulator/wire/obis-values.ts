import type { Readings } from '../model/readings.ts';
import { SWITCH_STATE_OBIS } from '../world/outputs.ts';
import type { SimDevice } from '../world/types.ts';

/** What a value measures: decides the realtime scaling (energy mWh, power W per the vendor example). */
export type Quantity = 'energy' | 'power' | 'other';

/** One OBIS value in REST units, with its quantity for realtime scaling. */
export interface ObisValue {
  obisHex: string;
  value: number;
  quantity: Quantity;
}

/** Standard IEC 62056-61 codes for electricity per phase: power, voltage, current, power factor. */
const PHASE_CODES = {
  power: ['0100150700FF', '0100290700FF', '01003D0700FF'],
  voltage: ['0100200700FF', '0100340700FF', '0100480700FF'],
  current: ['01001F0700FF', '0100330700FF', '0100470700FF'],
  powerFactor: ['0100210700FF', '0100350700FF', '0100490700FF'],
} as const;

/** 6-0:11.0.0, the heat meter's return temperature: the flow temperature minus the 15 K the model assumes. */
const HEAT_RETURN_TEMPERATURE = '06000B0000FF';

/**
 * Medium codes (EN 13757-1 value groups): counter, flow or power, flow rate, flow temperature. Heat, water
 * and gas values travel in their REST units (kWh, kW, m3, m3/h) in realtime too: only electricity energy
 * and power are scaled (shared/obis assumes the same).
 */
const MEDIUM_CODES: Record<string, { counter: string; rate: string; flow?: string; temp?: string }> = {
  water: { counter: '0800010000FF', rate: '0800020000FF' },
  hotWater: { counter: '0900010000FF', rate: '0900020000FF' },
  gas: { counter: '0700030000FF', rate: '07002B0000FF' },
  heat: { counter: '0600010000FF', rate: '0600080000FF', flow: '0600090000FF', temp: '06000A0000FF' },
};

function electricityValues(device: SimDevice, r: Readings): ObisValue[] {
  const v: ObisValue[] = [];
  const add = (obisHex: string, value: number | undefined, quantity: Quantity = 'other') => {
    if (value !== undefined) v.push({ obisHex, value, quantity });
  };
  add('0100010800FF', r.counter, 'energy');
  r.tariffs.forEach((t, i) =>
    add(`01000108${(i + 1).toString(16).padStart(2, '0').toUpperCase()}FF`, t, 'energy'),
  );
  add('0100020800FF', r.exportCounter, 'energy');
  add('0100010700FF', Math.max(r.power, 0), 'power');
  if (device.exportPower > 0) add('0100020700FF', Math.max(-r.power, 0), 'power');
  if (device.phaseValues) r.powerPhases.forEach((p, i) => add(PHASE_CODES.power[i] ?? '', p, 'power'));
  if (device.hasPowerFactor) {
    const phases = device.phaseValues ? device.phases : 1;
    for (let i = 0; i < phases; i++) {
      add(PHASE_CODES.voltage[i] ?? '', r.voltage[i]);
      add(PHASE_CODES.current[i] ?? '', r.current[i]);
      if (device.phaseValues) add(PHASE_CODES.powerFactor[i] ?? '', r.powerFactor[i]);
    }
    add('01000D0700FF', Number((r.powerFactor.reduce((a, b) => a + b, 0) / r.powerFactor.length).toFixed(3)));
  }
  return v;
}

/** Switch and output states as the smart-me 99-0:12.x codes: bitmap, phase switches, outputs. */
function outputValues(device: SimDevice): ObisValue[] {
  const v: ObisValue[] = [];
  const switches = device.outputs.filter((o) => o.phase !== undefined);
  if (switches.length > 0) {
    const bitmap = device.runtime.phaseOn.reduce((bits, on, i) => (on ? bits | (1 << i) : bits), 0);
    v.push({ obisHex: SWITCH_STATE_OBIS, value: bitmap, quantity: 'other' });
  }
  for (const o of device.outputs) {
    v.push({ obisHex: o.obisHex, value: device.runtime.outputs[o.obisHex] ?? 0, quantity: 'other' });
  }
  return v;
}

function mediumValues(device: SimDevice, r: Readings): ObisValue[] {
  const key = device.kind === 'water' && device.subType === 2 ? 'hotWater' : device.kind;
  const codes = MEDIUM_CODES[key];
  if (!codes) return [];
  const v: ObisValue[] = [
    { obisHex: codes.counter, value: r.counter, quantity: 'other' },
    { obisHex: codes.rate, value: r.power, quantity: 'other' },
  ];
  if (codes.flow && r.flowRate !== undefined)
    v.push({ obisHex: codes.flow, value: r.flowRate, quantity: 'other' });
  if (codes.temp && r.temperature !== undefined) {
    v.push({ obisHex: codes.temp, value: r.temperature, quantity: 'other' });
    v.push({
      obisHex: HEAT_RETURN_TEMPERATURE,
      value: Math.round((r.temperature - 15) * 10) / 10,
      quantity: 'other',
    });
  }
  return v;
}

/**
 * The OBIS values of a device in REST units (kWh, kW, m3, m3/h, V, A): the source for /Values, the
 * history endpoints and (scaled) the realtime pusher. Energy counters come first, as meters list them.
 */
export function obisValues(device: SimDevice, r: Readings): ObisValue[] {
  if (device.kind === 'electricity') return [...electricityValues(device, r), ...outputValues(device)];
  return mediumValues(device, r);
}

/** REST → realtime units for electricity: energy kWh → mWh (vendor-documented), power kW → W (assumed). */
export const REALTIME_SCALE: Readonly<Record<Quantity, number>> = {
  energy: 1_000_000,
  power: 1000,
  other: 1,
};

/** The value a realtime payload carries for an OBIS value. */
export function realtimeValue(value: ObisValue): number {
  return value.value * REALTIME_SCALE[value.quantity];
}
