import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../../../main/simulator/index.ts';
import { applyActions } from '../../../../main/simulator/model/apply-actions.ts';
import { deviceJsonText, deviceListJsonText } from '../../../../main/simulator/wire/device-json.ts';
import type { SimDevice } from '../../../../main/simulator/world/types.ts';

const T0 = Date.UTC(2026, 6, 25, 12, 0, 0, 123);
const API_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{7}Z$/;

/** A copy of the device the text cache has never seen: its text is always built from scratch. */
const fresh = (device: SimDevice, seed: number, atMs: number) =>
  deviceJsonText(structuredClone(device), seed, atMs);

describe('device JSON text', () => {
  it('reads back as PascalCase JSON without nulls and with 7-digit dates, for every kind of device', async () => {
    const world = generateWorld(3, { meters: 40, gateways: 3 }, T0);
    const devices = [...world.devices.values()];
    const text = await deviceListJsonText(devices, world.seed, T0);
    expect(text).not.toContain('null');
    const list = JSON.parse(text) as Record<string, unknown>[];
    expect(list.map((d) => d.Id)).toEqual(devices.map((d) => d.id));
    for (const d of list) {
      for (const key of Object.keys(d)) expect(key).toMatch(/^[A-Z]/);
      if (d.ValueDate !== undefined) expect(d.ValueDate).toMatch(API_DATE);
    }
    expect(new Set(list.map((d) => d.DeviceEnergyType))).toEqual(new Set([1, 2, 3, 4, 8]));
  });

  it('stays the same text as a fresh build while time passes, switches flip and devices are renamed', () => {
    const world = generateWorld(9, { meters: 30, gateways: 2 }, T0);
    const devices = [...world.devices.values()];
    const switchable = devices.filter((d) => d.outputs.length > 0);
    expect(switchable.length).toBeGreaterThan(3);
    let at = T0;
    for (const step of [0, 1, 999, 4_000, 10_000, 61_000, 3_600_000]) {
      at += step;
      for (const [i, d] of switchable.entries()) {
        // Same clock time: the change must show at once, not at the next report.
        deviceJsonText(d, world.seed, at);
        applyActions(
          d,
          d.outputs.map((o, k) => ({ ObisCode: o.obisHex, Value: (i + k + step) % 2 })),
          at,
        );
      }
      devices[0]!.name = `Renamed at ${at}`;
      for (const d of devices) expect(deviceJsonText(d, world.seed, at), d.id).toBe(fresh(d, world.seed, at));
    }
  });

  it('shows a switched-off phase in the next list at the same clock time', () => {
    const world = generateWorld(9, { meters: 30, gateways: 2 }, T0);
    const meter = [...world.devices.values()].find((d) => d.outputs.some((o) => o.phase === 1))!;
    const before = JSON.parse(deviceJsonText(meter, world.seed, T0)) as { SwitchOn: boolean };
    expect(before.SwitchOn).toBe(true);
    const switches = meter.outputs.filter((o) => o.phase !== undefined);
    applyActions(
      meter,
      switches.map((o) => ({ ObisCode: o.obisHex, Value: 0 })),
      T0,
    );
    expect(JSON.parse(deviceJsonText(meter, world.seed, T0))).toMatchObject({ SwitchOn: false });
  });
});
