import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { setDateTimeFromZigzagTicks, type DateTimeFields } from '../../../shared/realtime/bcl-datetime.ts';
import {
  DATETIME_MAX_TICKS,
  DATETIME_MIN_TICKS,
  dateTimeFromWire,
  decodeDeviceDataArray,
  encodeDeviceDataArray,
} from '../../../shared/realtime/index.ts';

/** Independent reference: JavaScript's own ISO text plus the sub-millisecond digits, trailing zeros cut. */
function referenceIso(ticks: bigint): string {
  let ms = ticks / 10000n;
  let sub = ticks % 10000n;
  if (sub < 0n) {
    sub += 10000n;
    ms -= 1n;
  }
  const base = new Date(Number(ms)).toISOString();
  return `${base.slice(0, -1)}${sub.toString().padStart(4, '0').replace(/0+$/, '')}Z`;
}

/** What the decoder's hot path writes for a TICKS value as it arrives on the wire (zigzag halves). */
function hotPath(ticks: bigint, kind: number): DateTimeFields & { problem: string | undefined } {
  const u = BigInt.asUintN(64, (ticks << 1n) ^ (ticks >> 63n));
  const target: DateTimeFields = {
    dateTime: '',
    dateTimeTicks: '',
    dateTimeScale: 'DAYS',
    dateTimeKind: 'UNSPECIFIED',
  };
  const problem = setDateTimeFromZigzagTicks(target, Number(u & 0xffffffffn), Number(u >> 32n), kind);
  return { ...target, problem };
}

/** Any sint64 tick count, with weight on today's dates, minute edges and the .NET range. */
const ticksArbitrary = fc.oneof(
  fc.bigInt(-(2n ** 63n), 2n ** 63n - 1n),
  fc.bigInt(DATETIME_MIN_TICKS, DATETIME_MAX_TICKS),
  fc.bigInt(10_000_000_000_000_000n, 100_000_000_000_000_000n),
  fc.bigInt(-2_000_000_000n, 2_000_000_000n).map((d) => 17_672_688_000_000_000n + d),
  fc.constantFrom(
    0n,
    1n,
    -1n,
    9_999n,
    -10_000n,
    10_000_000_000_000_000n - 1n,
    10_000_000_000_000_000n,
    99_999_999_999_999_999n,
    100_000_000_000_000_000n,
    DATETIME_MIN_TICKS,
    DATETIME_MAX_TICKS,
    DATETIME_MIN_TICKS - 1n,
    DATETIME_MAX_TICKS + 1n,
    2n ** 63n - 1n,
    -(2n ** 63n),
  ),
);

describe('TICKS texts of the decoder hot path', () => {
  it('match an independent reference for any instant, in any order (cached minutes and instants too)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(ticksArbitrary, fc.integer({ min: 0, max: 3 })), { minLength: 1, maxLength: 30 }),
        (sequence) => {
          for (const [ticks, kind] of [...sequence, ...sequence.slice().reverse()]) {
            const got = hotPath(ticks, kind);
            const slow = dateTimeFromWire(ticks, 5, kind);
            expect(got.dateTime).toBe(referenceIso(ticks));
            expect(got.dateTimeTicks).toBe(ticks.toString());
            expect(got.dateTimeKind).toBe(slow.dateTimeKind);
            expect(got.dateTimeScale).toBe('TICKS');
            expect(got.problem).toBe(slow.problem);
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the same texts for neighbours within one minute, one second and one millisecond', () => {
    const start = 17_672_688_000_000_000n; // 2026-01-01T12:00:00Z
    for (const step of [1n, 7n, 10_000n, 10_001n, 1_234_567n, 600_000_000n]) {
      for (let i = 0n; i < 50n; i++) {
        const ticks = start + i * step;
        expect(hotPath(ticks, 1)).toMatchObject({ dateTime: referenceIso(ticks), dateTimeTicks: `${ticks}` });
      }
    }
  });

  it('reads every length of the time varint on the fast path as the general path does', () => {
    const ticks = [1n, -1n, 63n, 64n, -65n, 2n ** 62n, -(2n ** 62n), 2n ** 63n - 1n, -(2n ** 63n)];
    for (const t of [...ticks, ...Array.from({ length: 63 }, (_, i) => 2n ** BigInt(i) + 1n)]) {
      const bytes = encodeDeviceDataArray([
        { deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1', dateTimeTicks: t, values: [] },
      ]);
      const fast = decodeDeviceDataArray(bytes, { spans: false });
      const general = decodeDeviceDataArray(bytes);
      expect(fast.items, `ticks ${t}`).toEqual(general.items);
      expect(fast.items[0]?.dateTimeTicks).toBe(t.toString());
    }
  });
});
