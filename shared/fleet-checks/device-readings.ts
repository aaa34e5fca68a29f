import type { Device } from '../api/index.ts';

/** One reading of a device, shaped like an OBIS row so the plausibility checks can read it. */
export interface ReadingRow {
  obis: string;
  name: string;
  value: number | null;
}

/** Device-list fields of an electricity meter and the OBIS code each one reports (REST units: V, kWh). */
const FIELDS: readonly [keyof Device, string, string][] = [
  ['VoltageL1', '1-0:32.7.0*255', 'Voltage L1'],
  ['VoltageL2', '1-0:52.7.0*255', 'Voltage L2'],
  ['VoltageL3', '1-0:72.7.0*255', 'Voltage L3'],
  ['PowerFactor', '1-0:13.7.0*255', 'Power factor'],
  ['PowerFactorL1', '1-0:33.7.0*255', 'Power factor L1'],
  ['PowerFactorL2', '1-0:53.7.0*255', 'Power factor L2'],
  ['PowerFactorL3', '1-0:73.7.0*255', 'Power factor L3'],
  ['CounterReading', '1-0:1.8.0*255', 'Energy import total'],
  ['CounterReadingT1', '1-0:1.8.1*255', 'Energy import tariff 1'],
  ['CounterReadingT2', '1-0:1.8.2*255', 'Energy import tariff 2'],
  ['CounterReadingT3', '1-0:1.8.3*255', 'Energy import tariff 3'],
  ['CounterReadingT4', '1-0:1.8.4*255', 'Energy import tariff 4'],
  ['CounterReadingExport', '1-0:2.8.0*255', 'Energy export total'],
];

/** smart-me's MeterEnergyType of electricity meters: only their fields map to electricity OBIS codes. */
const ELECTRICITY = 1;

/**
 * The readings a device list already holds (phase voltages, power factors, counters) as OBIS rows, so a
 * site report can run the inspector's plausibility checks on every meter without asking the cloud for
 * each meter's values. Fields the device did not send are left out (a single-phase meter has no L2/L3).
 */
export function deviceReadingRows(device: Device): ReadingRow[] {
  if (device.DeviceEnergyType !== ELECTRICITY) return [];
  const rows: ReadingRow[] = [];
  for (const [field, obis, name] of FIELDS) {
    const value = device[field];
    if (typeof value === 'number') rows.push({ obis, name, value });
  }
  return rows;
}
