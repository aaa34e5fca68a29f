import { OUTPUTS } from '../world/outputs.ts';
import type { SimDevice } from '../world/types.ts';

interface Entry {
  seed: number;
  reportMs: number;
  name: string;
  switchChanges: number;
  state: number;
  text: string;
}

const entries = new WeakMap<SimDevice, Entry>();

/**
 * The runtime state a device's JSON shows besides its report: each phase switch, and the two digital
 * outputs, one bit each.
 */
function stateBits(device: SimDevice): number {
  const on = device.runtime.phaseOn;
  let bits = 0;
  for (let i = 0; i < on.length; i++) if (on[i]) bits |= 1 << i;
  if (device.runtime.outputs[OUTPUTS.output0.obisHex] === 1) bits |= 1 << 8;
  if (device.runtime.outputs[OUTPUTS.relais.obisHex] === 1) bits |= 1 << 9;
  return bits;
}

/**
 * A device's JSON text for one report, built once and reused until something it shows changes, like the
 * record a real cloud stores when a device reports: the text depends only on the report time, the seed,
 * the name, the switch history and the switch and output states (generated fields never change). Most
 * devices report every 10 s, so a 5,000-device list mostly reuses texts instead of formatting 100,000
 * numbers again. REST API meters (posted values) are not cached: they are few and change by POST.
 */
export function cachedDeviceText(
  device: SimDevice,
  seed: number,
  reportMs: number,
  build: () => string,
): string {
  const state = stateBits(device);
  const switchChanges = device.runtime.switchChanges.length;
  const hit = entries.get(device);
  if (
    hit &&
    hit.reportMs === reportMs &&
    hit.seed === seed &&
    hit.state === state &&
    hit.switchChanges === switchChanges &&
    hit.name === device.name
  ) {
    return hit.text;
  }
  const text = build();
  entries.set(device, { seed, reportMs, name: device.name, switchChanges, state, text });
  return text;
}
