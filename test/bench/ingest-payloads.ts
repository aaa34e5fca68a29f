// Realistic Realtime-API payloads for the benchmarks: N devices × 20 OBIS values, encoded with the shared encoder.
import { encodeDeviceDataArray } from '../../shared/realtime/index.ts';

const OBIS_20 = [
  '1.8.0',
  '2.8.0',
  '1.8.1',
  '1.8.2',
  '2.8.1',
  '2.8.2',
  '1.7.0',
  '2.7.0',
  '16.7.0',
  '21.7.0',
  '41.7.0',
  '61.7.0',
  '31.7.0',
  '51.7.0',
  '71.7.0',
  '32.7.0',
  '52.7.0',
  '72.7.0',
  '13.7.0',
  '14.7.0',
].map((c) => `1-0:${c}*255`);

/** A device GUID from a number, so payloads are reproducible. */
export function deviceGuid(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `3bd0fce9-9f8e-4183-b3d1-${hex}`;
}

/** One payload: `devices` devices × 20 values; `tag` goes into the first value so bodies can be told apart. */
export function realisticPayload(devices: number, tag = 0): Uint8Array {
  const items = Array.from({ length: devices }, (_, d) => ({
    deviceId: deviceGuid(d + 1),
    dateTime: new Date(Date.UTC(2026, 0, 1, 12, 0, 0) + d).toISOString(),
    values: OBIS_20.map((obis, i) => ({ obis, value: i === 0 ? 1_879_583.2 + tag : 230.1 + i * 0.37 + d })),
  }));
  return encodeDeviceDataArray(items);
}
