import { describeObis, realtimeReadings, type Lang } from '../../shared/obis/index.ts';
import type { DecodedPayload, DeviceValue } from '../../shared/realtime/index.ts';
import { ASSUMED_UNIT_NOTE } from '../services/captures/obis-labels.ts';

interface Row {
  obis: string;
  name: string;
  value: string;
  unit: string;
  also: string;
}

function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}

/** One value as a table row: catalog name, realtime unit (starred when assumed) and the conversions. */
function row(v: DeviceValue, lang: Lang): Row {
  const base = { obis: v.obis, value: numberText(v.value) };
  try {
    const name = describeObis(v.obis, lang).name;
    const [first, ...conversions] = realtimeReadings(v.obis, v.value);
    const star = (assumed: boolean) => (assumed ? '*' : '');
    return {
      ...base,
      name,
      unit: first?.unit ? `${first.unit}${star(first.assumed)}` : '',
      also: conversions.map((c) => `${numberText(c.value)} ${c.unit}${star(c.assumed)}`).join(', '),
    };
  } catch {
    return { ...base, name: '(not an OBIS code)', unit: '', also: '' };
  }
}

/**
 * The default `decode` output: one block per DeviceData (device, time, scale, kind) with a row per value
 * (OBIS, name, value, realtime unit, the same value in other units), then warnings and unknown fields.
 * A starred unit is an assumption, because smart-me documents only the energy unit.
 */
export function formatDecodeTable(decoded: DecodedPayload, lang: Lang = 'en'): string {
  const rows = decoded.items.map((item) => item.values.map((v) => row(v, lang)));
  const all = rows.flat();
  const width = (key: keyof Row, title: string) => Math.max(title.length, ...all.map((r) => r[key].length));
  const w = {
    obis: width('obis', 'OBIS'),
    name: width('name', 'Name'),
    value: width('value', 'Value'),
    unit: width('unit', 'Unit'),
  };
  const line = (r: Row) =>
    `  ${r.obis.padEnd(w.obis)}  ${r.name.padEnd(w.name)}  ${r.value.padStart(w.value)}  ${r.unit.padEnd(w.unit)}  ${r.also}`.trimEnd();
  let out = '';
  decoded.items.forEach((item, i) => {
    const when = item.dateTime || '(no time)';
    out += `Device ${item.deviceId || '(no id)'}  ${when}  (${item.dateTimeScale}, ${item.dateTimeKind})\n`;
    const itemRows = rows[i] ?? [];
    if (itemRows.length === 0) out += '  (no values)\n';
    else
      out += `${line({ obis: 'OBIS', name: 'Name', value: 'Value', unit: 'Unit', also: 'Also' })}\n${itemRows.map(line).join('\n')}\n`;
    out += '\n';
  });
  const values = all.length;
  out +=
    decoded.items.length === 0 ? 'No items.\n' : `${decoded.items.length} item(s), ${values} value(s).\n`;
  if (all.some((r) => r.unit.includes('*') || r.also.includes('*'))) {
    out += `${ASSUMED_UNIT_NOTE}\n`;
  }
  for (const w of decoded.warnings) out += `warning: ${w.path}: ${w.message}\n`;
  for (const u of decoded.unknownFields) {
    out += `unknown field ${u.fieldNumber} (wire type ${u.wireType}) in ${u.path || 'the payload'} at bytes ${u.range.start}..${u.range.end}, skipped\n`;
  }
  return out;
}
