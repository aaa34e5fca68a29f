import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { AUTH, get } from './sim-http.ts';

let sim: RunningSimulator;
beforeAll(async () => {
  sim = await startSimulator({ seed: 4, meters: 3, gateways: 1, latencyMs: 5 });
});
afterAll(() => sim.close());

describe('a burst of requests', () => {
  it('answers 500 requests sent at once (the vendor sample) without a listener leak warning', async () => {
    const warnings: string[] = [];
    const collect = (w: Error) => warnings.push(w.name);
    process.on('warning', collect);
    try {
      const answers = await Promise.all(Array.from({ length: 500 }, () => get(sim, '/User', AUTH.demoBasic)));
      expect(answers.every((a) => a.status === 200)).toBe(true);
      await new Promise((resolve) => setImmediate(resolve));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', collect);
    }
  });
});
