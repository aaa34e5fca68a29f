import { describe, expect, it } from 'vitest';
import { createFaultController } from '../../../../main/simulator/faults/fault-controller.ts';
import { planFaults } from '../../../../main/simulator/faults/fault-plan.ts';

describe('createFaultController', () => {
  it('matches path patterns after the same normalization as requests', () => {
    const faults = createFaultController(1);
    faults.set({ path: '/API/Devices/*', fault: { kind: 'drop' } });
    expect(faults.pick('GET', '/devices/abc')).toEqual([{ kind: 'drop' }]);
    expect(faults.pick('GET', '/devices')).toEqual([]);
    faults.clear();
    faults.set({ path: 'gateway/mbus/*/meter', fault: { kind: 'html' } });
    expect(faults.pick('POST', '/gateway/mbus/x/meter')).toEqual([{ kind: 'html' }]);
    faults.set({ path: /^\/user$/, fault: { kind: 'invalid-json' } });
    expect(faults.pick('GET', '/user')).toEqual([{ kind: 'invalid-json' }]);
  });

  it('fires a rate-limited rule the same way for the same seed', () => {
    const run = () => {
      const faults = createFaultController(99, [
        { path: '*', rate: 0.25, fault: { kind: 'status', status: 503 } },
      ]);
      return Array.from({ length: 200 }, () => faults.pick('GET', '/devices').length);
    };
    const first = run();
    expect(first).toEqual(run());
    const hits = first.reduce((a, b) => a + b, 0);
    expect(hits).toBeGreaterThan(25);
    expect(hits).toBeLessThan(75);
  });

  it('draws latency jitter within the bound and plans delays, replacements and distortions', () => {
    const faults = createFaultController(3);
    faults.set({ path: '*', fault: { kind: 'latency', ms: 10, jitterMs: 5 } });
    faults.set({ path: '*', fault: { kind: 'slow-body', delayMs: 1 } });
    faults.set({ path: '*', fault: { kind: 'status', status: 429 } });
    faults.set({ path: '*', fault: { kind: 'drop' } });
    const plan = planFaults(faults.pick('GET', '/x'));
    expect(plan.delayMs).toBeGreaterThanOrEqual(10);
    expect(plan.delayMs).toBeLessThan(15);
    expect(plan.replace).toEqual({ kind: 'status', status: 429 });
    expect(plan.distort).toEqual([{ kind: 'slow-body', delayMs: 1 }]);
  });
});
