import { msToTicks } from '../../../shared/api/index.ts';
import { valuesAtReport } from '../model/device-values.ts';
import { lastReportMs } from '../model/report-time.ts';
import { unitHash } from '../random.ts';
import { realtimeValue } from '../wire/obis-values.ts';
import type { SimDevice } from '../world/types.ts';

/** The encoder's input shape (shared/realtime `DeviceDataItemInput`), declared here as the port needs it. */
export interface PushItem {
  deviceId: string;
  dateTimeTicks: string;
  dateTimeScale: 'TICKS';
  values: { obis: string; value: number }[];
}

/**
 * What a device pushes at `atMs`: its values in realtime units (energy mWh as the vendor documents,
 * power W as assumed), timestamped in ticks since 1970 like the vendor's example. Undefined for a device
 * with nothing to send (a REST meter never posted to).
 */
export function deviceDataItem(device: SimDevice, seed: number, atMs: number): PushItem | undefined {
  const reportMs = device.kind === 'rest' ? lastReportMs(device, atMs) : atMs;
  if (reportMs === undefined) return undefined;
  const ticks =
    msToTicks(reportMs) + BigInt(Math.floor(unitHash(seed, device.id, 'push', reportMs) * 10_000));
  return {
    deviceId: device.id,
    dateTimeTicks: ticks.toString(),
    dateTimeScale: 'TICKS',
    values: valuesAtReport(device, seed, reportMs).map((v) => ({ obis: v.obisHex, value: realtimeValue(v) })),
  };
}
