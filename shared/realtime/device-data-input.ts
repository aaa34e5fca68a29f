import { isoToTicks, wireValueFromTicks } from './bcl-datetime.ts';
import { guidToWireBytes } from './bcl-guid.ts';
import { isDateTimeKind, isTimeScale, KIND_NUMBER, SCALE_NUMBER } from './bcl-scale.ts';
import { obisToWire } from './obis-bytes.ts';
import { badInput } from './payload-error.ts';
import type { DateTimeKind, TimeScale } from './types.ts';

/** One value to encode: the decode output shape; `value` may be "NaN", "Infinity", "-Infinity" or "-0". */
export interface DeviceValueInput {
  obis: string;
  obisHex?: string;
  value: number | string;
}

/**
 * One DeviceData to encode, in the decode output shape. Give `dateTimeTicks` (exact) or `dateTime` (ISO);
 * scale defaults to TICKS and kind to UNSPECIFIED.
 */
export interface DeviceDataItemInput {
  deviceId: string;
  dateTime?: string;
  dateTimeTicks?: string | number | bigint;
  dateTimeScale?: TimeScale;
  dateTimeKind?: DateTimeKind;
  values?: DeviceValueInput[];
}

/** An item checked and converted to wire values, ready to write. */
export interface WireItem {
  guid: Uint8Array;
  timeValue: bigint;
  scale: number;
  kind: number;
  values: { obis: Uint8Array; value: number }[];
}

function fail(path: string, expected: string, found: unknown, what: string): never {
  const shown = typeof found === 'string' ? JSON.stringify(found) : String(JSON.stringify(found) ?? found);
  badInput(0, path, expected, shown, `${path}: ${what} (found ${shown})`);
}

function ticksOf(item: Record<string, unknown>, path: string): bigint {
  const { dateTime, dateTimeTicks } = item;
  let fromTicks: bigint | undefined;
  if (dateTimeTicks !== undefined && dateTimeTicks !== '') {
    const ok =
      typeof dateTimeTicks === 'bigint' ||
      (typeof dateTimeTicks === 'number' && Number.isSafeInteger(dateTimeTicks)) ||
      (typeof dateTimeTicks === 'string' && /^-?\d+$/.test(dateTimeTicks.trim()));
    if (!ok) fail(`${path}.dateTimeTicks`, 'an integer', dateTimeTicks, 'not a whole number of 100 ns ticks');
    fromTicks = BigInt(typeof dateTimeTicks === 'string' ? dateTimeTicks.trim() : (dateTimeTicks as number));
  }
  let fromIso: bigint | undefined;
  if (dateTime !== undefined && dateTime !== '') {
    fromIso = typeof dateTime === 'string' ? isoToTicks(dateTime) : undefined;
    if (fromIso === undefined) {
      fail(
        `${path}.dateTime`,
        'an ISO-8601 date-time',
        dateTime,
        'not a date-time like 2024-01-01T00:00:00Z',
      );
    }
  }
  if (fromTicks !== undefined && fromIso !== undefined && fromTicks / 10000n !== fromIso / 10000n) {
    const what = 'dateTime and dateTimeTicks name different instants; change both or remove one';
    fail(`${path}.dateTime`, 'the instant of dateTimeTicks', dateTime, what);
  }
  const ticks = fromTicks ?? fromIso;
  if (ticks === undefined)
    fail(path, 'dateTime or dateTimeTicks', undefined, 'dateTime or dateTimeTicks is required');
  return ticks;
}

function valueOf(raw: unknown, path: string): number {
  if (typeof raw === 'number') return raw;
  if (typeof raw === 'string') {
    const t = raw.trim();
    if (t === 'NaN') return NaN;
    if (t === '-0') return -0;
    const n = Number(t);
    if (t !== '' && !Number.isNaN(n)) return n;
  }
  fail(path, 'a number (or "NaN", "Infinity", "-Infinity")', raw, 'not a number');
}

function checkValue(raw: unknown, path: string): WireItem['values'][number] {
  if (typeof raw !== 'object' || raw === null)
    fail(path, 'an object with obis and value', raw, 'not a value');
  const v = raw as Record<string, unknown>;
  const text = typeof v.obis === 'string' && v.obis !== '' ? v.obis : v.obisHex;
  const obis = typeof text === 'string' ? obisToWire(text) : undefined;
  if (!obis) fail(`${path}.obis`, 'an OBIS code like 1-0:1.8.0*255', v.obis, 'not an OBIS code');
  if (typeof v.obisHex === 'string' && v.obisHex !== '' && v.obisHex !== text) {
    const hex = obisToWire(v.obisHex);
    if (!hex || hex.join() !== obis.join()) {
      fail(`${path}.obisHex`, 'the bytes of obis', v.obisHex, 'obis and obisHex name different codes');
    }
  }
  return { obis, value: valueOf(v.value, `${path}.value`) };
}

/**
 * Checks one item of encoder input (usually JSON a person edited) and converts it to wire values. Every
 * problem is a PayloadError 'bad-input' naming the JSON path, e.g. `items[0].values[1].obis`.
 */
export function checkItem(raw: unknown, path: string): WireItem {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    fail(path, 'an object with deviceId, dateTime and values', raw, 'not a DeviceData item');
  }
  const item = raw as Record<string, unknown>;
  const guid = typeof item.deviceId === 'string' ? guidToWireBytes(item.deviceId) : undefined;
  if (!guid)
    fail(`${path}.deviceId`, 'a GUID', item.deviceId, 'not a GUID like 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  const scale = item.dateTimeScale ?? 'TICKS';
  if (!isTimeScale(scale))
    fail(`${path}.dateTimeScale`, Object.keys(SCALE_NUMBER).join('|'), scale, 'unknown scale');
  const kind = item.dateTimeKind ?? 'UNSPECIFIED';
  if (!isDateTimeKind(kind)) fail(`${path}.dateTimeKind`, 'UNSPECIFIED|UTC|LOCAL', kind, 'unknown kind');
  const ticks = ticksOf(item, path);
  const wire = wireValueFromTicks(ticks, scale);
  if ('problem' in wire)
    fail(`${path}.dateTime`, `a time expressible in ${scale}`, ticks.toString(), wire.problem);
  const values = item.values ?? [];
  if (!Array.isArray(values)) fail(`${path}.values`, 'an array', values, 'values must be an array');
  return {
    guid,
    timeValue: wire.value,
    scale: SCALE_NUMBER[scale],
    kind: KIND_NUMBER[kind],
    values: values.map((v, i) => checkValue(v, `${path}.values[${i}]`)),
  };
}
