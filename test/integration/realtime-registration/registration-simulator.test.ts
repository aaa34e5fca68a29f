import { afterEach, describe, expect, it } from 'vitest';
import { createSmartMeApi, type SmartMeApi } from '../../../main/services/api/smartme-api.ts';
import { basicCredentials } from '../../../main/services/api/static-credentials.ts';
import {
  fastSend,
  memoryKnownHookUrlStore,
  RegistrationManager,
  registrationsPortFromApi,
  sightingFromFrame,
  StreamHealth,
  sameWebhookUrl,
  type RegistrationWarning,
} from '../../../main/services/realtime/index.ts';
import { startTunnel, type Tunnel } from '../../../main/services/tunnel/index.ts';
import type { Frame } from '../../../main/services/webhook/frame.ts';
import {
  ACCOUNT_IDS,
  startSimulator,
  type RunningSimulator,
  type SimulatorOptions,
} from '../../../main/simulator/index.ts';
import { startTunnelTarget, type TunnelTarget } from '../tunnel/helpers/real-listener.ts';
import { startReverseProxy } from '../tunnel/helpers/reverse-proxy.ts';

const cleanup: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** The local smart-me cloud, an API client for the demo account, the real listener and a verified tunnel. */
async function setUp(sim: SimulatorOptions = {}) {
  const simulator: RunningSimulator = await startSimulator({ meters: 4, gateways: 0, ...sim });
  cleanup.push(() => simulator.close());
  const api: SmartMeApi = createSmartMeApi({
    baseUrl: simulator.baseUrl,
    credentials: basicCredentials('demo', 'demo'),
  });
  cleanup.push(() => api.close());
  const target: TunnelTarget = await startTunnelTarget();
  cleanup.push(() => target.close());
  const frames: Frame[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  target.listener.onFrame((f) => {
    frames.push(f);
    for (const w of waiters.filter((x) => frames.length >= x.n)) w.resolve();
  });
  const tunnel: Tunnel = startTunnel(
    { kind: 'url', url: `http://127.0.0.1:${target.port}` },
    { localPort: target.port, secretPath: target.secretPath, expectProbe: target.listener.expectProbe },
  );
  cleanup.push(() => tunnel.stop());
  const verified = await tunnel.waitFor('verified');
  if (verified.status !== 'verified') throw new Error('tunnel not verified');
  const meter = [...simulator.world.devices.values()].find(
    (d) => d.accountId === ACCOUNT_IDS.demo && d.kind !== 'gateway' && d.lastContactMs === undefined,
  );
  if (!meter) throw new Error('no online meter in the demo fleet');
  return {
    simulator,
    api,
    target,
    tunnel,
    hookUrl: verified.hookUrl,
    meterId: meter.id,
    frames,
    framesReached: (n: number) =>
      frames.length >= n ? Promise.resolve() : new Promise<void>((resolve) => waiters.push({ n, resolve })),
  };
}

describe('registrations against the simulator', () => {
  it('a meter registration makes the cloud push to the listener; stopping removes only ours', async () => {
    const s = await setUp();
    await s.api.register({ RegistrationType: 2, ApiUrl: 'https://integrator.example/smartme' }); // someone else's
    const manager = new RegistrationManager({ port: registrationsPortFromApi(s.api) });
    await manager.setHookUrl(s.hookUrl, s.target.listener.secret);

    const mine = await manager.register({ kind: 'device', meterId: s.meterId });
    expect(mine).toMatchObject({ kind: 'device', meterId: s.meterId, mark: 'current', ours: true });
    await s.framesReached(1);
    expect(s.frames[0]?.items.map((i) => i.deviceId)).toEqual([s.meterId]);
    expect(s.frames[0]?.status).toBe('ok');
    s.tunnel.frameReceived();
    expect(s.tunnel.state.status).toBe('receiving');

    expect((await manager.list()).map((r) => [r.mark, r.ours])).toEqual([
      ['foreign', false],
      ['current', true],
    ]);
    expect(await manager.stop()).toEqual({ removed: [mine.id], failed: [] });
    expect((await s.api.registrations()).map((r) => r.ApiUrl)).toEqual([
      'https://integrator.example/smartme',
    ]);
  });

  it('fast-send makes a quiet meter push every interval, and stream health expects 1 s', async () => {
    const s = await setUp({ pushIntervalMs: 3_600_000, fastSendIntervalMs: 50 });
    const health = new StreamHealth({ clock: () => Date.now() });
    s.target.listener.onFrame((f) => health.record(sightingFromFrame(f)));
    const manager = new RegistrationManager({ port: registrationsPortFromApi(s.api) });
    cleanup.push(() => manager.stop());
    await manager.setHookUrl(s.hookUrl, s.target.listener.secret);
    await manager.register({ kind: 'device', meterId: s.meterId });
    await s.framesReached(1); // the first push; the next would come in an hour
    health.setExpectedInterval(s.meterId, 3_600_000);

    const { untilMs } = await fastSend(s.meterId, { api: s.api, health, clock: () => Date.now() });
    await s.framesReached(6);
    const pushes = s.simulator.pushLog.entries().filter((p) => p.deviceIds.includes(s.meterId));
    expect(pushes.slice(1).every((p) => p.fastSend)).toBe(true);
    expect(health.device(s.meterId)).toMatchObject({
      frames: s.frames.length,
      expectedIntervalMs: 1000,
      fastSendUntilMs: untilMs,
    });
    expect(health.device(s.meterId)?.decodeErrors).toBe(0);
  });

  it('finds stale registrations of an earlier run, and re-points after the public URL changed', async () => {
    const s = await setUp();
    const known = memoryKnownHookUrlStore();
    const oldUrl = `http://127.0.0.1:9/${s.target.listener.secret}`; // an earlier tunnel, gone now
    const earlier = new RegistrationManager({
      port: registrationsPortFromApi(s.api),
      known,
      cleanupOnStop: false,
    });
    await earlier.setHookUrl(oldUrl, s.target.listener.secret);
    await earlier.register({ kind: 'account' });
    await s.api.register({ RegistrationType: 2, ApiUrl: 'https://integrator.example/smartme' });

    const warnings: RegistrationWarning[] = [];
    const manager = new RegistrationManager({
      port: registrationsPortFromApi(s.api),
      known,
      onWarning: (w) => warnings.push(w),
    });
    cleanup.push(() => manager.stop());
    await manager.setHookUrl(s.hookUrl, s.target.listener.secret);
    expect((await manager.list()).map((r) => r.mark)).toEqual(['stale', 'foreign']);
    expect(warnings.map((w) => w.code)).toEqual(['stale-registrations']);
    expect((await manager.removeStale()).removed).toHaveLength(1);
    expect((await s.api.registrations()).map((r) => r.ApiUrl)).toEqual([
      'https://integrator.example/smartme',
    ]);

    await manager.register({ kind: 'device', meterId: s.meterId });
    await s.framesReached(1);
    const proxy = await startReverseProxy(`http://127.0.0.1:${s.target.port}`); // the tunnel came back elsewhere
    cleanup.push(() => proxy.close());
    const moved = `${proxy.url}${s.target.secretPath}`;
    const warning = await manager.setHookUrl(moved, s.target.listener.secret);
    expect(warning?.code).toBe('public-url-changed');
    expect(warning?.message).not.toContain(s.target.listener.secret);

    await manager.repoint();
    const delivered = await s.simulator.pushLog.waitFor(
      (p) => sameWebhookUrl(p.url, moved) && p.status === 200,
    );
    expect(delivered.deviceIds).toEqual([s.meterId]);
    expect(proxy.forwarded()).toBeGreaterThan(0); // the push came through the new address
    expect((await manager.list()).filter((r) => r.ours).map((r) => [r.apiUrl, r.mark])).toEqual([
      [moved, 'current'],
    ]);
  });
});
