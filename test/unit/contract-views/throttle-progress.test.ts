import { describe, expect, it } from 'vitest';
import { throttleProgress, type Progress } from '../../../main/services/contract-views/throttle-progress.ts';

describe('fleet progress throttling', () => {
  it('passes phase changes and the end at once, and at most one update per interval in between', () => {
    let now = 0;
    const out: Progress[] = [];
    const report = throttleProgress(
      (p) => out.push(p),
      () => now,
      100,
    );
    report({ done: 0, total: 2, phase: 'devices' });
    for (let i = 1; i <= 50; i++) {
      now += 10;
      report({ done: i, total: 100, phase: 'meters' });
    }
    report({ done: 100, total: 100, phase: 'done' });
    expect(out.map((p) => p.phase)).toEqual([
      'devices',
      'meters',
      'meters',
      'meters',
      'meters',
      'meters',
      'done',
    ]);
    expect(out.at(-1)).toEqual({ done: 100, total: 100, phase: 'done' });
  });
});
