import { shiftDecimal } from './decimal-shift.ts';
import type { ObisCode } from './obis-code.ts';
import { QUANTITY_KINDS } from './quantity-kinds.ts';
import { resolveObis } from './resolve.ts';

/** One way to read a realtime value: the number in a unit, and whether that unit is an assumption. */
export interface RealtimeReading {
  value: number;
  /** Empty when nothing about the code suggests a unit. */
  unit: string;
  /** True unless smart-me documents this unit for this code; describeObis(code).realtime.note says why. */
  assumed: boolean;
}

/**
 * A realtime value as sent (first entry, in its realtime unit) plus the conversions people compare with the
 * meter display: 1-0:1.8.0 = 1879583.2 gives 1879583.2 mWh, 1879.5832 Wh and 1.8795832 kWh. Throws
 * ObisParseError for a code that does not parse.
 */
export function realtimeReadings(code: string | ObisCode, value: number): RealtimeReading[] {
  const resolved = resolveObis(code);
  if (!resolved.kind) return [{ value, unit: '', assumed: true }];
  const kind = QUANTITY_KINDS[resolved.kind];
  const assumed = !resolved.documented;
  return [
    { value, unit: kind.realtime.unit, assumed },
    ...kind.conversions.map((c) => ({ value: shiftDecimal(value, c.exp), unit: c.unit, assumed })),
  ];
}
