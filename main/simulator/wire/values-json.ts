import type { DeviceInPast, ValuesData } from '../../../shared/api/index.ts';
import type { Snapshot } from '../model/device-values.ts';
import type { SimDevice } from '../world/types.ts';
import { reportDate } from './report-date.ts';

/** `ValuesData` of one snapshot; a device that had not reported yet gets an empty value list. */
export function valuesDataJson(seed: number, device: SimDevice, snapshot: Snapshot | undefined): ValuesData {
  if (!snapshot) return { DeviceId: device.id, Values: [] };
  return {
    DeviceId: device.id,
    Date: reportDate(seed, device, snapshot.reportMs),
    Values: snapshot.values.map((v) => ({ Obis: v.obisHex, Value: v.value })),
  };
}

const TARIFF_CODES = ['0100010801FF', '0100010802FF', '0100010803FF', '0100010804FF'];
const EXPORT_TARIFF_CODES = ['0100020801FF', '0100020802FF', '0100020803FF', '0100020804FF'];

/** GET /MeterValues: the counter readings of one snapshot (import, export, per tariff). */
export function deviceInPastJson(
  seed: number,
  device: SimDevice,
  snapshot: Snapshot | undefined,
): DeviceInPast {
  const base: DeviceInPast = { Id: device.id, Serial: device.serial };
  if (!snapshot) return base;
  const value = (code: string) => snapshot.values.find((v) => v.obisHex === code)?.value;
  const counter =
    device.kind === 'electricity' || device.kind === 'rest'
      ? value('0100010800FF')
      : snapshot.values[0]?.value;
  const out: Record<string, unknown> = {
    ...base,
    Date: reportDate(seed, device, snapshot.reportMs),
    CounterReading: counter,
    CounterReadingUnit: device.counterUnit || undefined,
    CounterReadingImport: counter,
    CounterReadingExport: value('0100020800FF'),
  };
  TARIFF_CODES.forEach((code, i) => {
    const v = value(code);
    if (v !== undefined) out[`CounterReadingT${i + 1}`] = out[`CounterReadingImportT${i + 1}`] = v;
  });
  EXPORT_TARIFF_CODES.forEach((code, i) => {
    const v = value(code);
    if (v !== undefined) out[`CounterReadingExportT${i + 1}`] = v;
  });
  return out as DeviceInPast;
}
