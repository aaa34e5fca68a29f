import { realtimeReadings } from '../../../shared/obis/index.ts';

/** A REST value expressed in the Realtime API's unit. */
export interface RealtimeEquivalent {
  value: number;
  unit: string;
  assumed: boolean;
}

/**
 * The value the Realtime API would send for a /Values reading: 1.8795832 kWh of 1-0:1.8.0 is 1879583.2 mWh.
 * Lets a technician compare the inspector with the Live view. Null where the REST unit is not one of the
 * code's known units (then there is nothing honest to convert). The shift is done on the decimal text, so
 * 1879.5832 kWh does not turn into 1879583200.0000002 mWh.
 */
export function realtimeEquivalent(
  obis: string,
  value: number | null,
  restUnit: string | null,
): RealtimeEquivalent | null {
  if (value === null || !Number.isFinite(value) || !restUnit) return null;
  let units;
  try {
    units = realtimeReadings(obis, 1);
  } catch {
    return null;
  }
  const [realtime, ...conversions] = units;
  if (!realtime || realtime.unit === '') return null;
  if (realtime.unit === restUnit) return { value, unit: realtime.unit, assumed: realtime.assumed };
  const match = conversions.find((c) => c.unit === restUnit);
  if (!match) return null;
  const exponent = Math.round(Math.log10(match.value));
  const text = String(value);
  const shifted = text.includes('e') ? value * 10 ** -exponent : Number(`${text}e${-exponent}`);
  return { value: shifted, unit: realtime.unit, assumed: realtime.assumed };
}
