import { describe, expect, it } from 'vitest';
import { deviceTimeMs, framesPerSecond, isGap, percentile } from '../../../main/services/realtime/index.ts';

describe('framesPerSecond', () => {
  it('counts frames inside the window only (start exclusive, now inclusive)', () => {
    expect(framesPerSecond([0, 1000, 5000, 10_000], 10_000, 10_000, -60_000)).toBe(0.3);
  });

  it('uses the time watched while shorter than the window, but never less than a second', () => {
    expect(framesPerSecond([0, 1000, 2000, 3000], 3000, 10_000, 0)).toBeCloseTo(4 / 3);
    expect(framesPerSecond([0], 0, 10_000, 0)).toBe(1);
  });

  it('is 0 when nothing arrived in the window', () => {
    expect(framesPerSecond([0], 60_000, 10_000, 0)).toBe(0);
  });
});

describe('percentile', () => {
  it('takes the nearest rank and ignores input order', () => {
    expect(percentile([30, 10, 20], 50)).toBe(20);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([5], 99)).toBe(5);
    expect(percentile([1, 2, 3], 100)).toBe(3);
    expect(percentile([1, 2, 3], 0)).toBe(1);
  });

  it('has no value for no samples', () => {
    expect(percentile([], 50)).toBeUndefined();
  });
});

describe('gaps', () => {
  it('flags a pause only beyond twice the expected interval', () => {
    expect(isGap(20_000, 10_000)).toBe(false);
    expect(isGap(20_001, 10_000)).toBe(true);
  });
});

describe('deviceTimeMs', () => {
  it('reads the decoder’s ISO time with 7 fractional digits, and refuses MinMax and junk', () => {
    expect(deviceTimeMs('2019-10-16T12:20:44.9788512Z')).toBe(Date.UTC(2019, 9, 16, 12, 20, 44, 978));
    expect(deviceTimeMs('9999-12-31T23:59:59.9999999Z')).toBeUndefined();
    expect(deviceTimeMs('0001-01-01T00:00:00Z')).toBeUndefined();
    expect(deviceTimeMs('yesterday')).toBeUndefined();
    expect(deviceTimeMs(undefined)).toBeUndefined();
  });
});
