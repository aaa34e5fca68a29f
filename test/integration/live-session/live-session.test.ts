import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/contract/contract.ts';
import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';
import type { LiveState } from '../../../shared/contract/calls/live-schemas.ts';
import { createLiveServices, type LiveServices } from '../../../main/app-live.ts';
import { createEventHub } from '../../../main/ipc/event-hub.ts';
import { resolveLiveFrame } from '../../../main/ipc/live-frame.ts';
import { createSmartMeApi } from '../../../main/services/api/smartme-api.ts';
import { basicCredentials } from '../../../main/services/api/static-credentials.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';
import { ACCOUNT_IDS, startSimulator } from '../../../main/simulator/index.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** The Live view's services over the simulator's demo account, with events and frames observable. */
async function setUp() {
  const simulator = await startSimulator({ meters: 3, gateways: 0 });
  cleanup.push(() => simulator.close());
  const api = createSmartMeApi({ baseUrl: simulator.baseUrl, credentials: basicCredentials('demo', 'demo') });
  cleanup.push(() => api.close());
  const home = await mkdtemp(join(tmpdir(), 'meterscope-live-'));
  cleanup.push(() => rm(home, { recursive: true, force: true }));
  const events = createEventHub(contract, (e) => {
    throw e;
  });
  const states: LiveState[] = [];
  const stateWaiters: ((s: LiveState) => boolean)[] = [];
  events.subscribe((name, payload) => {
    if (name !== 'live:state') return;
    states.push(payload as LiveState);
    for (const w of [...stateWaiters])
      if (w(payload as LiveState)) stateWaiters.splice(stateWaiters.indexOf(w), 1);
  });
  const frames: LiveFrame[] = [];
  const frameWaiters: (() => void)[] = [];
  const live: LiveServices = createLiveServices({
    home,
    secretStore: createMemorySecretStore(),
    events,
    publishFrame: (f) => {
      frames.push(resolveLiveFrame(f));
      for (const w of frameWaiters.splice(0)) w();
    },
    api: async () => api,
  });
  cleanup.push(() => live.close());
  const waitState = (test: (s: LiveState) => boolean) =>
    new Promise<LiveState>((resolve) => {
      const now = live.session.state();
      if (test(now)) return resolve(now);
      stateWaiters.push((s) => (test(s) ? (resolve(s), true) : false));
    });
  const waitFrame = async (test: (f: LiveFrame) => boolean) => {
    for (;;) {
      const hit = frames.find(test);
      if (hit) return hit;
      await new Promise<void>((resolve) => frameWaiters.push(resolve));
    }
  };
  const meter = [...simulator.world.devices.values()].find(
    (d) => d.accountId === ACCOUNT_IDS.demo && d.kind !== 'gateway' && d.lastContactMs === undefined,
  );
  if (!meter) throw new Error('no online meter in the demo fleet');
  return { simulator, live, s: live.services, states, waitState, waitFrame, meter };
}

describe('the Live view session against the local smart-me cloud', () => {
  it('listens, registers a device, receives its pushes, and removes the registration on stop', async () => {
    const { simulator, s, waitState, waitFrame, meter } = await setUp();
    const started = await s['live:start']({ tunnel: { kind: 'none' }, basicAuth: null, cleanupOnStop: true });
    expect(started.status).toBe('listening');
    expect(started.listener?.url).toContain('[secret]');
    const verified = await waitState((st) => st.tunnel?.state.status === 'verified');
    expect(verified.tunnel?.history.map((h) => h.status)).toEqual(['starting', 'url-assigned', 'verified']);

    const { registration, registrations } = await s['live:register']({
      target: { kind: 'device', meterId: meter.id },
    });
    expect(registration).toMatchObject({ kind: 'device', mark: 'current', ours: true });
    expect(registration.apiUrl).toContain('[secret]');
    expect(registrations.map((r) => r.id)).toContain(registration.id);

    const frame = await waitFrame((f) => f.items.some((i) => i.deviceId === meter.id.toLowerCase()));
    expect(frame.status).toBe('ok');
    expect(frame.items[0]?.values.length).toBeGreaterThan(0);
    await waitState((st) => st.tunnel?.state.status === 'receiving');

    const detail = await s['live:frame']({ seq: frame.seq, source: 'live', lang: 'de' });
    expect(detail.hex.length).toBe(frame.byteLength * 2);
    // Every value with its name (in the language asked for), its realtime unit and conversions.
    expect(detail.rows).toHaveLength(frame.items.reduce((n, i) => n + i.values.length, 0));
    const energy = detail.rows.find((r) => r.code === '1-0:1.8.0*255');
    expect(energy?.name).toMatch(/Wirkenergie/);
    expect(energy?.readings.map((r) => r.unit)).toEqual(['mWh', 'Wh', 'kWh']);
    expect(energy?.assumed).toBe(false);
    expect(energy?.range).not.toBeNull();
    expect(detail.decoded.spans.length).toBeGreaterThan(0);
    expect(detail.headers.some(([k]) => k.toLowerCase() === 'content-type')).toBe(true);
    const health = await s['live:health']({});
    expect(health.devices.map((d) => d.deviceId)).toContain(meter.id.toLowerCase());

    const stopped = await s['live:stop']({ removeRegistrations: true });
    expect(stopped.removed).toEqual([registration.id]);
    expect(stopped.state.status).toBe('idle');
    expect(stopped.state.tunnel?.state.status).toBe('stopped');
    expect(simulator.world.registrations.map((r) => r.id)).not.toContain(registration.id);
  });

  it('refuses to register before the URL is verified, and keeps registrations when asked to', async () => {
    const { s, waitState } = await setUp();
    await expect(s['live:register']({ target: { kind: 'account' } })).rejects.toMatchObject({
      code: 'no-hook-url',
    });
    await s['live:start']({ tunnel: { kind: 'none' }, basicAuth: null, cleanupOnStop: true });
    await waitState((st) => st.tunnel?.state.status === 'verified');
    const { registration } = await s['live:register']({ target: { kind: 'account' } });
    const stopped = await s['live:stop']({ removeRegistrations: false });
    expect(stopped.removed).toEqual([]);
    const after = await s['live:registrations']({});
    expect(after.registrations.find((r) => r.id === registration.id)?.mark).toBe('stale');
    const cleaned = await s['live:remove-stale']({});
    expect(cleaned.removed).toContain(registration.id);
  });

  it('builds a payload, sends it to its own listener, then opens and exports the capture offline', async () => {
    const { s, waitState, waitFrame } = await setUp();
    await s['live:start']({
      tunnel: { kind: 'none' },
      basicAuth: { username: 'hook', password: 'pw-123' },
      cleanupOnStop: true,
    });
    await waitState((st) => st.tunnel?.state.status === 'verified');
    const form = {
      deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1',
      time: '2019-10-16T12:20:44.978Z',
      values: [{ obis: '1-0:1.8.0*255', value: 1879583.2 }],
    };
    const sent = await s['builder:send']({ ...form, to: 'listener', basicAuth: null });
    expect(sent).toMatchObject({ status: 200, error: null });
    const frame = await waitFrame((f) => f.items[0]?.deviceId === form.deviceId);
    expect(frame.items[0]?.values[0]).toMatchObject({ obis: '1-0:1.8.0*255', value: 1879583.2 });
    const { state } = await s['live:stop']({ removeRegistrations: true });

    const list = await s['captures:list']({});
    expect(list.captures.map((c) => c.name)).toContain(state.capture?.name);
    const opened = await s['captures:open']({ name: state.capture!.name });
    expect(opened.frames.map((f) => f.seq)).toContain(frame.seq);
    const detail = await s['live:frame']({ seq: frame.seq, source: 'opened', lang: 'en' });
    expect(detail.headers.find(([k]) => k.toLowerCase() === 'authorization')?.[1]).not.toContain('pw-123');
    const csv = await s['captures:export']({ source: 'opened', format: 'csv' });
    expect(csv.fileName).toMatch(/\.csv$/);
    expect(csv.text).toContain('1-0:1.8.0*255');
    await expect(s['captures:open']({ name: '../secrets.json' })).rejects.toMatchObject({
      code: 'bad-capture-name',
    });
  });
});
