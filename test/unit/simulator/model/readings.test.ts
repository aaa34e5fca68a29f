import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { generateWorld } from '../../../../main/simulator/index.ts';
import { applyActions } from '../../../../main/simulator/model/apply-actions.ts';
import { readingsAt } from '../../../../main/simulator/model/readings.ts';
import { lastReportMs } from '../../../../main/simulator/model/report-time.ts';

const T0 = Date.UTC(2026, 6, 25, 12);
const DAY = 86_400_000;
const world = generateWorld(8, { meters: 18, gateways: 1 }, T0);
const devices = [...world.devices.values()].filter(
  (d) => d.kind === 'electricity' || d.kind === 'heat' || d.kind === 'water',
);

describe('readingsAt', () => {
  it('never lets a counter fall, whatever the times and switch actions', () => {
    // A device of its own world: the switch actions below must not leak into the other tests' devices.
    const own = generateWorld(8, { meters: 18, gateways: 1 }, T0);
    const switchable = [...own.devices.values()].find((d) => d.familyType === 8)!;
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 10 * DAY }), fc.integer({ min: 1, max: 3 }), fc.boolean()),
          { maxLength: 6 },
        ),
        fc.array(fc.integer({ min: -30 * DAY, max: 20 * DAY }), { minLength: 2, maxLength: 20 }),
        (actions, times) => {
          switchable.runtime.switchChanges = [];
          switchable.runtime.phaseOn = [true, true, true];
          for (const [at, phase, on] of [...actions].sort((a, b) => a[0] - b[0])) {
            applyActions(switchable, [{ ObisCode: `63000C000${phase}FF`, Value: on ? 1 : 0 }], T0 + at);
          }
          const sorted = [...times]
            .sort((a, b) => a - b)
            .map((t) => readingsAt(switchable, own.seed, T0 + t));
          for (let i = 1; i < sorted.length; i++) {
            expect(sorted[i]!.counter).toBeGreaterThanOrEqual(sorted[i - 1]!.counter);
            sorted[i]!.tariffs.forEach((t, k) =>
              expect(t).toBeGreaterThanOrEqual(sorted[i - 1]!.tariffs[k]!),
            );
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('shows a power that matches how fast the counter grows (energy = integral of power)', () => {
    for (const device of devices.slice(0, 10)) {
      const a = readingsAt(device, world.seed, T0);
      const b = readingsAt(device, world.seed, T0 + 60_000);
      const perHour = (b.counter - a.counter) * 60;
      const importPower = a.powerPhases.reduce((s, p) => s + Math.max(p, 0), 0);
      if (device.exportPower === 0)
        expect(perHour).toBeCloseTo(device.kind === 'electricity' ? importPower : a.power, 1);
    }
  });

  it('puts every voltage in the 230 V band and power factors between 0.9 and 1', () => {
    for (const device of devices) {
      const r = readingsAt(device, world.seed, T0);
      for (const v of r.voltage) expect(Math.abs(v - 230)).toBeLessThan(5);
      for (const pf of r.powerFactor) expect(pf).toBeGreaterThan(0.9);
    }
  });
});

describe('lastReportMs', () => {
  it('follows the upload grid while online and freezes at the last contact when offline', () => {
    const online = devices.find((d) => d.lastContactMs === undefined)!;
    const report = lastReportMs(online, T0)!;
    expect(T0 - report).toBeLessThan(online.reportIntervalMs);
    expect(lastReportMs(online, T0 + online.reportIntervalMs)).toBe(report + online.reportIntervalMs);
    const offline = devices.find((d) => d.lastContactMs !== undefined)!;
    expect(lastReportMs(offline, T0 + DAY)).toBe(lastReportMs(offline, T0));
  });
});
