import { describe, expect, it } from 'vitest';
import { createLimiter, type LimiterProgress } from '../../../main/services/api/concurrency-limiter.ts';

/** A task the test finishes by hand. */
function gate() {
  let open!: () => void;
  const promise = new Promise<void>((r) => (open = r));
  return { promise, open };
}

describe('concurrency limiter', () => {
  it('never runs more than the limit at once and runs everything in the end', async () => {
    const events: LimiterProgress[] = [];
    const limiter = createLimiter(3, (p) => events.push(p));
    const gates = Array.from({ length: 10 }, () => gate());
    let running = 0;
    let peak = 0;
    const results = gates.map((g, i) =>
      limiter.run(async () => {
        running++;
        peak = Math.max(peak, running);
        await g.promise;
        running--;
        return i;
      }),
    );
    await Promise.resolve();
    expect(limiter.progress()).toMatchObject({ active: 3, queued: 7, done: 0, total: 10 });
    for (const g of gates) g.open();
    expect(await Promise.all(results)).toEqual([...Array(10).keys()]);
    expect(peak).toBe(3);
    expect(events.at(-1)).toEqual({ active: 0, queued: 0, done: 10, total: 10 });
    expect(events.every((e) => e.active <= 3)).toBe(true);
  });

  it('keeps going after a task fails', async () => {
    const limiter = createLimiter(1);
    const failed = limiter.run(() => Promise.reject(new Error('boom')));
    const ok = limiter.run(async () => 'ok');
    await expect(failed).rejects.toThrow('boom');
    await expect(ok).resolves.toBe('ok');
  });

  it('turns a task that throws synchronously into a rejection', async () => {
    const limiter = createLimiter(1);
    await expect(
      limiter.run(() => {
        throw new Error('sync');
      }),
    ).rejects.toThrow('sync');
    await expect(limiter.run(async () => 1)).resolves.toBe(1);
  });

  it('drops a queued task when its signal aborts, without running it', async () => {
    const limiter = createLimiter(1);
    const g = gate();
    const first = limiter.run(() => g.promise);
    const controller = new AbortController();
    let ran = false;
    const queued = limiter.run(async () => void (ran = true), controller.signal);
    controller.abort(new Error('stop'));
    await expect(queued).rejects.toThrow('stop');
    g.open();
    await first;
    expect(ran).toBe(false);
    expect(limiter.progress()).toEqual({ active: 0, queued: 0, done: 2, total: 2 });
  });

  it('queues hundreds of tasks on one signal without a leak warning, and drops them all on abort', async () => {
    const warnings: string[] = [];
    const collect = (w: Error) => warnings.push(w.name);
    process.on('warning', collect);
    try {
      const limiter = createLimiter(1);
      const g = gate();
      const controller = new AbortController();
      const first = limiter.run(() => g.promise, controller.signal);
      const queued = Array.from({ length: 200 }, () => limiter.run(async () => 'ran', controller.signal));
      const outcomes = Promise.allSettled(queued);
      await new Promise((resolve) => setImmediate(resolve));
      controller.abort(new Error('stop'));
      expect((await outcomes).every((o) => o.status === 'rejected')).toBe(true);
      g.open();
      await first;
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', collect);
    }
  });

  it('rejects a bad limit', () => {
    expect(() => createLimiter(0)).toThrow(RangeError);
  });
});
