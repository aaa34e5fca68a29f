import { describe, expect, it } from 'vitest';
import { createBatcher, type BatcherClock } from '../../../shared/contract/live-batcher.ts';

/** A clock the test moves by hand: timers fire only when `advance` passes their due time. */
function manualClock() {
  let now = 0;
  let nextId = 1;
  const timers = new Map<number, { due: number; fn: () => void }>();
  const clock: BatcherClock = {
    now: () => now,
    setTimer: (fn, ms) => {
      const id = nextId++;
      timers.set(id, { due: now + ms, fn });
      return id;
    },
    clearTimer: (id) => void timers.delete(id as number),
  };
  const advance = (to: number) => {
    for (;;) {
      const due = [...timers.entries()].filter(([, t]) => t.due <= to).sort((a, b) => a[1].due - b[1].due)[0];
      if (!due) break;
      now = due[1].due;
      timers.delete(due[0]);
      due[1].fn();
    }
    now = to;
  };
  return { clock, advance, pendingTimers: () => timers.size };
}

describe('live frame batcher', () => {
  it('delivers a frame after a quiet spell at once, so a single frame shows without delay', () => {
    const { clock } = manualClock();
    const batches: number[][] = [];
    const b = createBatcher<number>({ onBatch: (items) => batches.push(items) }, clock);
    b.push(1);
    expect(batches).toEqual([[1]]);
  });

  it('never delivers more than 20 batches in any second, and loses nothing, at 10,000 frames per second', () => {
    const { clock, advance } = manualClock();
    const times: number[] = [];
    const received: number[] = [];
    const b = createBatcher<number>(
      {
        onBatch: (items) => {
          times.push(clock.now());
          received.push(...items);
        },
      },
      clock,
    );
    // Deterministic irregular arrivals: 50,000 frames over ~5 s.
    let t = 0;
    for (let i = 0; i < 50_000; i++) {
      t += (i * 7919) % 3 === 0 ? 0 : 0.15;
      advance(t);
      b.push(i);
    }
    advance(t + 1000);
    expect(received).toHaveLength(50_000);
    expect(received.every((v, i) => v === i)).toBe(true);
    for (const start of times) {
      const inWindow = times.filter((x) => x >= start && x < start + 1000).length;
      expect(inWindow).toBeLessThanOrEqual(20);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(50);
  });

  it('delivers the last frames of a burst once the pace allows, without another push', () => {
    const { clock, advance } = manualClock();
    const batches: number[][] = [];
    const b = createBatcher<number>({ onBatch: (items) => batches.push(items) }, clock);
    b.push(1);
    advance(10);
    b.push(2);
    b.push(3);
    expect(batches).toEqual([[1]]);
    advance(50);
    expect(batches).toEqual([[1], [2, 3]]);
  });

  it('drops the oldest frames when the renderer falls behind, and says how many', () => {
    const { clock, advance } = manualClock();
    const batches: { items: number[]; dropped: number }[] = [];
    const b = createBatcher<number>(
      { onBatch: (items, dropped) => batches.push({ items, dropped }), maxPending: 10 },
      clock,
    );
    b.push(0); // delivered at once
    for (let i = 1; i <= 25; i++) b.push(i);
    advance(50);
    const last = batches.at(-1)!;
    expect(last.dropped + last.items.length).toBe(25);
    expect(last.dropped).toBeGreaterThan(0);
    expect(last.items.at(-1)).toBe(25);
  });

  it('stops its timer on close and ignores later frames', () => {
    const { clock, advance, pendingTimers } = manualClock();
    const batches: number[][] = [];
    const b = createBatcher<number>({ onBatch: (items) => batches.push(items) }, clock);
    b.push(1);
    b.push(2);
    expect(pendingTimers()).toBe(1);
    b.close();
    expect(pendingTimers()).toBe(0);
    b.push(3);
    advance(1000);
    expect(batches).toEqual([[1]]);
  });
});
