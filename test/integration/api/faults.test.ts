import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Fault } from '../../../main/simulator/index.ts';
import { rejectionOf, startSimApi, type SimApi } from './sim-api.ts';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterEach(() => {
  s.sim.faults.clear();
  s.sleeps.length = 0;
});
afterAll(() => s.close());

/** Requests the simulator served for this method and path since `from`. */
const served = (method: string, path: string, from: number) =>
  s.sim.requests
    .entries()
    .slice(from)
    .filter((r) => r.method === method && r.path === path);
const mark = () => s.sim.requests.entries().length;

describe('GET under faults', () => {
  it('waits as long as Retry-After asks after a 429, then succeeds', async () => {
    s.sim.faults.set({
      path: '/user',
      fault: { kind: 'status', status: 429, retryAfterSeconds: 2 },
      times: 1,
    });
    const from = mark();
    await expect(s.api.user()).resolves.toMatchObject({ Username: 'demo' });
    expect(s.sleeps).toEqual([2000]);
    expect(served('GET', '/user', from).map((r) => r.status)).toEqual([429, 200]);
  });

  it('retries 500 and 503 with backoff, then succeeds', async () => {
    s.sim.faults.set({
      path: '/user',
      fault: [
        { kind: 'status', status: 503 },
        { kind: 'status', status: 500 },
      ],
      times: 3,
    });
    const from = mark();
    await expect(s.api.user()).resolves.toBeTruthy();
    expect(served('GET', '/user', from)).toHaveLength(4);
    expect(s.sleeps).toHaveLength(3);
    expect(s.sleeps[2]).toBeGreaterThan(s.sleeps[0]!);
  });

  it('retries a dropped connection, then succeeds', async () => {
    s.sim.faults.set({ path: '/user', fault: { kind: 'drop' }, times: 1 });
    const from = mark();
    await expect(s.api.user()).resolves.toBeTruthy();
    expect(served('GET', '/user', from).map((r) => r.status)).toEqual(['dropped', 200]);
  });

  it('gives up with offline after every attempt was dropped', async () => {
    s.sim.faults.set({ path: '/user', fault: { kind: 'drop' } });
    const e = await rejectionOf(s.api.user());
    expect(e.code).toBe('offline');
    expect(e.message).toContain('dropped');
  });

  it('gives up with server-error after persistent 503s', async () => {
    s.sim.faults.set({ path: '/user', fault: { kind: 'status', status: 503 } });
    const from = mark();
    const e = await rejectionOf(s.api.user());
    expect(e).toMatchObject({ code: 'server-error', status: 503 });
    expect(served('GET', '/user', from)).toHaveLength(4);
  });

  it.each([
    ['a proxy 502 HTML page', { kind: 'html' }, 'server-error', '502 Bad gateway'],
    ['a 200 HTML page', { kind: 'html', status: 200 }, 'unexpected-answer', 'HTML page'],
    ['invalid JSON', { kind: 'invalid-json' }, 'unexpected-answer', 'not valid JSON'],
  ] as [string, Fault, string, string][])('reports %s as %s', async (_name, fault, code, text) => {
    s.sim.faults.set({ path: '/user', fault });
    const e = await rejectionOf(s.api.user());
    expect(e.code).toBe(code);
    expect(e.message).toContain(text);
  });

  it('times out a server that answers too late', async () => {
    const slow = s.as('demo', { timeouts: { headersMs: 100 }, retry: { maxAttempts: 1 } });
    s.sim.faults.set({ path: '/user', fault: { kind: 'latency', ms: 1500 } });
    const e = await rejectionOf(slow.user());
    expect(e.code).toBe('timeout');
  });

  it('times out a body that stalls', async () => {
    const slow = s.as('demo', { timeouts: { bodyMs: 100 }, retry: { maxAttempts: 1 } });
    s.sim.faults.set({ path: '/user', fault: { kind: 'slow-body', delayMs: 1500, chunkBytes: 8 } });
    const e = await rejectionOf(slow.user());
    expect(e.code).toBe('timeout');
    expect(e.message).toContain('stopped arriving');
  });

  it('is cancelled by its signal while the cloud is slow', async () => {
    s.sim.faults.set({ path: '/user', fault: { kind: 'latency', ms: 1500 } });
    const controller = new AbortController();
    const call = s.api.user({ signal: controller.signal });
    controller.abort();
    expect((await rejectionOf(call)).code).toBe('cancelled');
  });

  it('keeps working after all of that', async () => {
    await expect(s.api.devices()).resolves.not.toHaveLength(0);
  });
});

describe('writes under faults', () => {
  const faults: [string, Fault][] = [
    ['503', { kind: 'status', status: 503 }],
    ['429', { kind: 'status', status: 429, retryAfterSeconds: 1 }],
    ['a dropped connection', { kind: 'drop' }],
    ['an HTML page', { kind: 'html' }],
  ];

  it.each(faults)('never sends a POST twice after %s', async (_name, fault) => {
    const meter = [...s.sim.world.devices.values()].find((d) => d.outputs.length > 0)!;
    s.sim.faults.set({ path: '/actions', methods: ['POST'], fault });
    const from = mark();
    const e = await rejectionOf(
      s.api.postActions({ DeviceID: meter.id, Actions: [{ ObisCode: meter.outputs[0]!.obisHex, Value: 1 }] }),
    );
    expect(e.code).not.toBe('cancelled');
    expect(served('POST', '/actions', from)).toHaveLength(1);
    expect(s.sleeps).toEqual([]);
  });

  it.each(faults)('never sends a PUT or DELETE twice after %s', async (_name, fault) => {
    const gw = [...s.sim.world.gateways.values()][0]!;
    s.sim.faults.set({ path: '/gateway/mbus/*', methods: ['PUT', 'DELETE'], fault });
    const from = mark();
    await rejectionOf(
      s.api.putGateway(gw.id, { Name: 'x', ReadoutInterval: 1, IsAddingMetersAllowed: true }),
    );
    await rejectionOf(s.api.deleteMeter(gw.id, 0));
    const writes = s.sim.requests
      .entries()
      .slice(from)
      .filter((r) => r.method === 'PUT' || r.method === 'DELETE');
    expect(writes).toHaveLength(2);
  });

  it('says a dropped write may or may not have happened', async () => {
    s.sim.faults.set({ path: '/registerforrealtimeapi', methods: ['POST'], fault: { kind: 'drop' } });
    const e = await rejectionOf(s.api.register({ RegistrationType: 2, ApiUrl: 'http://127.0.0.1:9/x' }));
    expect(e.code).toBe('offline');
    expect(e.message).toContain('may or may not have been carried out');
  });
});
