import { describe, expect, it } from 'vitest';
import { formatApiDate } from '../../../../shared/api/index.ts';
import { generateWorld } from '../../../../main/simulator/index.ts';
import { reportTicks } from '../../../../main/simulator/model/report-time.ts';
import { reportDate } from '../../../../main/simulator/wire/report-date.ts';

const T0 = Date.UTC(2026, 6, 25, 12);
const world = generateWorld(5, { meters: 10, gateways: 1 }, T0);
const devices = [...world.devices.values()];

describe('reportDate', () => {
  it('prints the same 7-digit text as formatting the exact ticks', () => {
    const times = [
      0,
      1,
      999,
      1000,
      86_399_999,
      T0,
      T0 + 1,
      T0 + 999,
      T0 + 123_456,
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
    ];
    for (const device of devices) {
      for (const ms of times) {
        expect(reportDate(world.seed, device, ms), `${device.id} ${ms}`).toBe(
          formatApiDate(reportTicks(world.seed, device, ms)),
        );
      }
    }
  });

  it('prints dates before 1970 exactly too', () => {
    const device = devices[0]!;
    for (const ms of [-1, -999, -1000, -86_400_001]) {
      expect(reportDate(world.seed, device, ms)).toBe(formatApiDate(reportTicks(world.seed, device, ms)));
    }
  });
});
