import type { SimDevice } from '../world/types.ts';
import type { ObisValue, Quantity } from './obis-values.ts';

type Mapping = Record<string, [obisHex: string, quantity: Quantity]>;

const ELECTRICITY: Mapping = {
  CounterReading: ['0100010800FF', 'energy'],
  CounterReadingT1: ['0100010801FF', 'energy'],
  CounterReadingT2: ['0100010802FF', 'energy'],
  CounterReadingExport: ['0100020800FF', 'energy'],
  CounterReadingExportT1: ['0100020801FF', 'energy'],
  CounterReadingExportT2: ['0100020802FF', 'energy'],
  ActivePower: ['0100010700FF', 'power'],
  VoltageL1: ['0100200700FF', 'other'],
  VoltageL2: ['0100340700FF', 'other'],
  VoltageL3: ['0100480700FF', 'other'],
  CurrentL1: ['01001F0700FF', 'other'],
  CurrentL2: ['0100330700FF', 'other'],
  CurrentL3: ['0100470700FF', 'other'],
  PowerFactor: ['01000D0700FF', 'other'],
  PowerFactorL1: ['0100210700FF', 'other'],
  PowerFactorL2: ['0100350700FF', 'other'],
  PowerFactorL3: ['0100490700FF', 'other'],
};

/** Counter and flow codes per energy type for water (2), gas (3) and heat (4) REST meters. */
const MEDIUM: Record<number, Mapping> = {
  2: { CounterReading: ['0800010000FF', 'other'], ActivePower: ['0800020000FF', 'other'] },
  3: { CounterReading: ['0700030000FF', 'other'], ActivePower: ['07002B0000FF', 'other'] },
  4: {
    CounterReading: ['0600010000FF', 'other'],
    ActivePower: ['0600080000FF', 'other'],
    Temperature: ['06000A0000FF', 'other'],
  },
};

/**
 * The OBIS values of a REST API meter: its posted DeviceToPost fields mapped to the codes a measuring
 * meter would use (e.g. CounterReading → 1-0:1.8.0). Fields without a code are left out.
 */
export function postedObisValues(
  device: SimDevice,
  values: Readonly<Record<string, number | boolean>>,
): ObisValue[] {
  const mapping = device.energyType === 1 ? ELECTRICITY : (MEDIUM[device.energyType] ?? {});
  const out: ObisValue[] = [];
  for (const [key, [obisHex, quantity]] of Object.entries(mapping)) {
    const value = values[key];
    if (typeof value === 'number') out.push({ obisHex, value, quantity });
  }
  if (device.energyType === 1 && typeof values.Voltage === 'number' && values.VoltageL1 === undefined) {
    out.push({ obisHex: '0100200700FF', value: values.Voltage, quantity: 'other' });
  }
  return out;
}
