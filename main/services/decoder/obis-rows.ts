import { describeObis, realtimeReadings } from '../../../shared/obis/index.ts';
import type { ObisRow } from '../../../shared/contract/calls/decoder-schemas.ts';
import type { ByteRange, DecodedPayload } from '../../../shared/realtime/index.ts';
import { doubleText } from './wire-readings.ts';

const VALUE_MESSAGE = /DeviceValues\[\d+\]$/;

/** The `Value` field's range of each DeviceValue in payload order (null when a value has none). */
function valueRanges(decoded: DecodedPayload): (ByteRange | null)[] {
  const byPath = new Map(decoded.spans.map((s) => [s.path, s.valueRange]));
  const out: (ByteRange | null)[] = [];
  for (const s of decoded.spans) {
    if (VALUE_MESSAGE.test(s.path)) out.push(byPath.get(`${s.path}.Value`) ?? null);
  }
  return out;
}

/**
 * The OBIS table: every value of every item with the catalog's name, the value in its realtime unit and
 * the usual conversions (mWh → Wh → kWh), and an honest "assumed" where smart-me does not document the unit.
 */
export function obisRows(decoded: DecodedPayload, lang: 'en' | 'de'): ObisRow[] {
  const ranges = valueRanges(decoded);
  const total = decoded.items.reduce((n, item) => n + item.values.length, 0);
  const aligned = ranges.length === total;
  const rows: ObisRow[] = [];
  let k = 0;
  decoded.items.forEach((item, i) => {
    for (const v of item.values) {
      const row: ObisRow = {
        item: i,
        deviceId: item.deviceId,
        code: v.obis,
        name: '',
        value: doubleText(v.value),
        readings: [],
        assumed: true,
        note: '',
        range: aligned ? (ranges[k] ?? null) : null,
      };
      k++;
      try {
        const d = describeObis(v.obis, lang);
        row.name = d.name;
        row.note = d.realtime?.note ?? '';
        const readings = realtimeReadings(v.obis, v.value);
        row.readings = readings.map((r) => ({ value: doubleText(r.value), unit: r.unit }));
        row.assumed = readings[0]?.assumed ?? true;
      } catch (e) {
        row.name = e instanceof Error ? e.message : String(e);
      }
      rows.push(row);
    }
  });
  return rows;
}
