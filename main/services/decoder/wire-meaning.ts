import {
  dateTimeFromWire,
  guidFromHalves,
  KIND_BY_NUMBER,
  obisFromWire,
  SCALE_BY_NUMBER,
  type WireField,
} from '../../../shared/realtime/index.ts';
import { doubleText } from './wire-readings.ts';

const child = (field: WireField, n: number) => field.len?.message?.fields.find((f) => f.fieldNumber === n);

/**
 * What the DeviceDataArray schema makes of a field the wire walk found at `path`: the GUID of a bcl.Guid,
 * the instant of a bcl.DateTime, the OBIS code of its bytes, the double of a value. Null where the schema
 * adds nothing beyond the readings.
 */
export function meaningOf(path: string | null, field: WireField, bytes: Uint8Array): string | null {
  if (!path) return null;
  const last = path.slice(path.lastIndexOf('.') + 1);
  switch (last) {
    case 'DeviceId': {
      const lo = child(field, 1)?.fixed64?.uint64 ?? '0';
      const hi = child(field, 2)?.fixed64?.uint64 ?? '0';
      return `GUID ${guidFromHalves(BigInt(lo), BigInt(hi))}`;
    }
    case 'DateTime': {
      const value = child(field, 1)?.varint?.zigzag ?? '0';
      const scale = Number(child(field, 2)?.varint?.unsigned ?? 0);
      const kind = Number(child(field, 3)?.varint?.unsigned ?? 0);
      const dt = dateTimeFromWire(BigInt(value), scale, kind);
      const text = dt.dateTime || '(no date)';
      return `${text} (${dt.dateTimeScale}, ${dt.dateTimeKind})${dt.problem ? `: ${dt.problem}` : ''}`;
    }
    case 'value':
      return field.varint ? `${field.varint.zigzag} (sint64, in units of the scale)` : null;
    case 'scale': {
      const n = Number(field.varint?.unsigned ?? -1);
      return `TimeSpanScale ${SCALE_BY_NUMBER[n] ?? `unknown (${n})`}`;
    }
    case 'kind': {
      const n = Number(field.varint?.unsigned ?? -1);
      return `DateTimeKind ${KIND_BY_NUMBER[n] ?? `unknown (${n})`}`;
    }
    case 'lo':
    case 'hi':
      return `GUID ${last} half (fixed64)`;
    case 'Obis': {
      const obis = obisFromWire(bytes, field.valueRange.start, field.valueRange.end);
      return `OBIS ${obis.obis}${obis.problem ? ` (${obis.problem})` : ''}`;
    }
    case 'Value':
      return field.fixed64 ? `double ${doubleText(field.fixed64.double)}` : null;
    default:
      return null;
  }
}
