import { describe, expect, it } from 'vitest';
import { describeObis } from '../../../../shared/obis/index.ts';
import { generateWorld } from '../../../../main/simulator/index.ts';
import { valuesAtReport } from '../../../../main/simulator/model/device-values.ts';
import { realtimeValue } from '../../../../main/simulator/wire/obis-values.ts';

const T0 = Date.UTC(2026, 6, 25, 12);
const world = generateWorld(21, { meters: 20, gateways: 3 }, T0);
const all = [...world.devices.values()].flatMap((d) =>
  valuesAtReport(d, world.seed, T0).map((v) => ({ d, v })),
);

describe('simulated OBIS values', () => {
  it('use only codes the OBIS catalog knows, so every value gets a name and a unit', () => {
    const codes = new Set(all.map(({ v }) => v.obisHex));
    expect(codes.size).toBeGreaterThan(25);
    for (const code of codes) expect(describeObis(code).known, code).toBe(true);
  });

  it("scale realtime values to the catalog's realtime units (1-0:1.8.0 in mWh, power in W)", () => {
    for (const { v } of all) {
      const d = describeObis(v.obisHex);
      const factor = realtimeValue(v) / v.value;
      if (v.value === 0) continue;
      if (d.unit === 'kWh' && d.realtime?.unit === 'mWh') expect(factor).toBeCloseTo(1e6);
      else if (d.unit === 'kW' && d.realtime?.unit === 'W') expect(factor).toBeCloseTo(1e3);
      else expect(factor, `${d.code} ${d.unit} → ${d.realtime?.unit}`).toBeCloseTo(1);
    }
  });
});
