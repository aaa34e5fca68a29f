import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { AUTH, call, get } from './sim-http.ts';

let sim: RunningSimulator;

beforeAll(async () => {
  sim = await startSimulator({ seed: 2, meters: 3, gateways: 1 });
});
afterEach(() => sim.faults.clear());
afterAll(() => sim.close());

/** Reads an answer with node:http to see how many chunks the body came in. */
function rawGet(path: string): Promise<{ status: number; chunks: Buffer[] }> {
  return new Promise((resolve, reject) => {
    const req = request(`${sim.baseUrl}${path}`, { headers: { authorization: AUTH.demo } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, chunks }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('fault injection', () => {
  it('delays answers by the latency (the answer still arrives whole)', async () => {
    sim.faults.set({ path: '/user', fault: { kind: 'latency', ms: 20, jitterMs: 10 } });
    expect((await get(sim, '/User')).status).toBe(200);
    expect(sim.requests.entries().at(-1)).toMatchObject({ path: '/user', status: 200, faults: ['latency'] });
  });

  it('answers 429 with Retry-After, and 500/503 instead of the real answer', async () => {
    sim.faults.set({ path: '/devices', fault: { kind: 'status', status: 429, retryAfterSeconds: 7 } });
    const limited = await get(sim, '/Devices');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('7');
    for (const status of [500, 503]) {
      sim.faults.clear();
      sim.faults.set({ path: '/devices', fault: { kind: 'status', status } });
      expect((await get(sim, '/api/Devices/')).status).toBe(status);
    }
  });

  it('drops the connection without an answer', async () => {
    sim.faults.set({ path: '/user', fault: { kind: 'drop' } });
    await expect(get(sim, '/User')).rejects.toThrow();
    expect(sim.requests.entries().at(-1)).toMatchObject({ path: '/user', status: 'dropped' });
    sim.faults.clear();
    expect((await get(sim, '/User')).status).toBe(200);
  });

  it('sends a slow body in many small chunks that still make the full answer', async () => {
    const normal = await get(sim, '/User');
    sim.faults.set({ path: '/user', fault: { kind: 'slow-body', delayMs: 2, chunkBytes: 8 } });
    const slow = await rawGet('/User');
    expect(slow.status).toBe(200);
    expect(slow.chunks.length).toBeGreaterThan(3);
    expect(Buffer.concat(slow.chunks).toString('utf8')).toBe(normal.text);
  });

  it('answers an HTML error page or a 200 whose JSON does not parse', async () => {
    sim.faults.set({ path: '/devices*', fault: { kind: 'html' } });
    const html = await get(sim, '/Devices');
    expect(html.status).toBe(502);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.text).toMatch(/^<!DOCTYPE html>/);
    sim.faults.clear();
    sim.faults.set({ path: '/devices*', fault: { kind: 'invalid-json' } });
    const broken = await get(sim, '/Devices');
    expect(broken.status).toBe(200);
    expect(broken.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(() => JSON.parse(broken.text)).toThrow();
  });

  it('limits a rule to some methods and to a number of hits, then removes it', async () => {
    sim.faults.set({ path: '*', methods: ['POST'], fault: { kind: 'status', status: 503 } });
    expect((await get(sim, '/User')).status).toBe(200);
    expect((await call(sim, 'POST', '/Devices', { body: {} })).status).toBe(503);
    sim.faults.clear();
    const id = sim.faults.set({ path: '/user', times: 1, fault: { kind: 'status', status: 500 } });
    expect(sim.faults.list().map((r) => r.id)).toEqual([id]);
    expect((await get(sim, '/User')).status).toBe(500);
    expect((await get(sim, '/User')).status).toBe(200);
    expect(sim.faults.list()).toEqual([]);
  });
});

describe('global fault options', () => {
  async function statuses(): Promise<(number | string | null)[]> {
    const s = await startSimulator({ seed: 4, meters: 2, gateways: 0, faultRate: 0.3 });
    try {
      const out: (number | string | null)[] = [];
      for (let i = 0; i < 40; i++) {
        const a = await get(s, '/User');
        out.push(a.status === 429 ? `429 retry ${a.headers.get('retry-after')}` : a.status);
      }
      return out;
    } finally {
      await s.close();
    }
  }

  it('--faults mixes 429 (with Retry-After) and 503 into answers, the same way for the same seed', async () => {
    const first = await statuses();
    expect(first).toContain(200);
    expect(first).toContain(503);
    expect(first).toContain('429 retry 1');
    expect(await statuses()).toEqual(first);
  });

  it('--latency delays every request', async () => {
    const s = await startSimulator({ meters: 1, gateways: 0, latencyMs: 5 });
    try {
      expect((await get(s, '/User')).status).toBe(200);
      expect(s.requests.entries().every((e) => e.faults.includes('latency'))).toBe(true);
    } finally {
      await s.close();
    }
  });
});
