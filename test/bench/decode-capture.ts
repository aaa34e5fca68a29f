import { encodeDeviceDataArray, type DeviceDataItemInput } from '../../shared/realtime/index.ts';

/** Twenty OBIS codes a smart-me three-phase meter reports (energy, power, voltage, current per phase). */
const OBIS = [
  '1-0:1.8.0*255',
  '1-0:2.8.0*255',
  '1-0:1.8.1*255',
  '1-0:1.8.2*255',
  '1-0:1.7.0*255',
  '1-0:2.7.0*255',
  '1-0:16.7.0*255',
  '1-0:21.7.0*255',
  '1-0:41.7.0*255',
  '1-0:61.7.0*255',
  '1-0:32.7.0*255',
  '1-0:52.7.0*255',
  '1-0:72.7.0*255',
  '1-0:31.7.0*255',
  '1-0:51.7.0*255',
  '1-0:71.7.0*255',
  '1-0:13.7.0*255',
  '1-0:14.7.0*255',
  '1-0:3.8.0*255',
  '99-0:12.0.0*255',
];

/** Deterministic pseudo-random numbers (mulberry32), so every run measures and fuzzes the same bytes. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function guid(rand: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(rand() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * `count` DeviceData items of 20 values each, as a busy account's webhooks would carry them: a few hundred
 * devices, TICKS timestamps with sub-millisecond digits, realistic magnitudes.
 */
export function captureItems(count: number, seed = 1): DeviceDataItemInput[] {
  const rand = prng(seed);
  const devices = Array.from({ length: 500 }, () => guid(rand));
  const start = 17_040_672_000_000_000n;
  return Array.from({ length: count }, (_, i) => ({
    deviceId: devices[i % devices.length] as string,
    dateTimeTicks: (start + BigInt(i) * 10_000_123n).toString(),
    dateTimeKind: 'UTC' as const,
    values: OBIS.map((obis, k) => ({ obis, value: Math.round(rand() * 10 ** (3 + (k % 5)) * 1000) / 1000 })),
  }));
}

/** One DeviceDataArray holding `count` items (the ~8 MB benchmark capture for 20,000). */
export function buildCapture(count: number): Uint8Array {
  return encodeDeviceDataArray(captureItems(count));
}
