import { realtimeReadings } from '../../../shared/obis/index.ts';

/** A Realtime-API value's unit, and whether smart-me leaves it undocumented (shown as assumed). */
export interface ValueUnit {
  unit: string;
  assumed: boolean;
}

const NONE: ValueUnit = { unit: '', assumed: false };
const units = new Map<string, ValueUnit>();

/**
 * The realtime unit of an OBIS code from the shared catalog, cached: the latest-values cards redraw the
 * same few codes four times a second. A code the catalog does not know, or that does not parse, has none.
 */
export function valueUnit(obis: string): ValueUnit {
  let found = units.get(obis);
  if (!found) {
    try {
      const [first] = realtimeReadings(obis, 0);
      found = first?.unit ? { unit: first.unit, assumed: first.assumed } : NONE;
    } catch {
      found = NONE;
    }
    units.set(obis, found);
  }
  return found;
}
