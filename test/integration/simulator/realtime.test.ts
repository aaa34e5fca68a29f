import { afterAll, afterEach, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { RegisterRealtimeApiDataListSchema } from '../../../shared/api/index.ts';
import { decodeDeviceDataArray } from '../../../shared/realtime/index.ts';
import { createManualClock, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { startReceiver, type Receiver } from './receiver.ts';
import { T0, call, get, list } from './sim-http.ts';

let sim: RunningSimulator;
let receiver: Receiver;
let devices: Record<string, unknown>[];

beforeAll(async () => {
  sim = await startSimulator({
    seed: 9,
    meters: 10,
    gateways: 1,
    metersPerGateway: 4,
    pushIntervalMs: 20,
    clock: createManualClock(T0).now,
  });
  receiver = await startReceiver();
  devices = list(await get(sim, '/Devices'));
});
afterEach(async () => {
  for (const r of list(await get(sim, '/RegisterForRealtimeApi')))
    await call(sim, 'DELETE', `/RegisterForRealtimeApi/${r.Id}`);
});
afterAll(async () => {
  await sim.close();
  await receiver.close();
});

const register = (body: Record<string, unknown>) => call(sim, 'POST', '/RegisterForRealtimeApi', { body });
const registrations = async () =>
  RegisterRealtimeApiDataListSchema.parse((await get(sim, '/RegisterForRealtimeApi')).json);
const online = () =>
  devices.filter((d) => d.DeviceEnergyType !== 8 && T0 - Date.parse(String(d.ValueDate)) < 15 * 60_000);

describe('RegisterForRealtimeApi', () => {
  it('creates, lists, updates and deletes registrations', async () => {
    const meter = online()[0]!;
    expect((await register({ RegistrationType: 1, MeterId: meter.Id, ApiUrl: receiver.url })).status).toBe(
      200,
    );
    const [created] = await registrations();
    expect(created).toMatchObject({ RegistrationType: 1, MeterId: meter.Id, ApiUrl: receiver.url });
    expect(created).not.toHaveProperty('BasicAuthUsername');
    await register({ Id: created!.Id, RegistrationType: 2, ApiUrl: `${receiver.url}2` });
    expect(await registrations()).toEqual([
      expect.objectContaining({ Id: created!.Id, RegistrationType: 2, ApiUrl: `${receiver.url}2` }),
    ]);
    expect((await call(sim, 'DELETE', `/RegisterForRealtimeApi/${created!.Id}`)).status).toBe(200);
    expect(await registrations()).toEqual([]);
    expect((await call(sim, 'DELETE', `/RegisterForRealtimeApi/${created!.Id}`)).status).toBe(404);
  });

  it('refuses a URL that is not http(s) and a single meter that is not in the account', async () => {
    expect((await register({ RegistrationType: 2, ApiUrl: 'ftp://x' })).status).toBe(400);
    expect((await register({ RegistrationType: 1, SerialNumber: '1', ApiUrl: receiver.url })).status).toBe(
      400,
    );
  });
});

describe('realtime pusher', () => {
  it('POSTs decodable protobuf with Basic auth, energy in mWh, for one meter', async () => {
    const meter = online().find((d) => d.FamilyType === 12)!;
    const hook = await startReceiver();
    onTestFinished(() => hook.close());
    await register({
      RegistrationType: 1,
      SerialNumber: `1 SME 01 ${meter.Serial}`,
      ApiUrl: hook.url,
      BasicAuthUsername: 'hook',
      BasicAuthPassword: 's3cret',
    });
    const post = await hook.posts.waitFor(
      (p) => decodeDeviceDataArray(p.body).items[0]?.deviceId === meter.Id,
    );
    expect(post.authorization).toBe(`Basic ${Buffer.from('hook:s3cret').toString('base64')}`);
    expect(post.contentType).toBe('application/octet-stream');
    const decoded = decodeDeviceDataArray(post.body);
    expect(decoded.error).toBeUndefined();
    expect(decoded.items).toHaveLength(1);
    const item = decoded.items[0]!;
    expect(item.dateTimeScale).toBe('TICKS');
    expect(Date.parse(item.dateTime)).toBe(T0);
    const energy = item.values.find((v) => v.obis === '1-0:1.8.0*255')!.value;
    expect(energy / 1e6).toBeCloseTo(meter.CounterReading as number, 1);
    expect(item.values.map((v) => v.obisHex)).toContain('63000C0102FF');
  });

  it('pushes every reporting device of the account for a whole-account registration', async () => {
    await register({ RegistrationType: 2, ApiUrl: receiver.url });
    const event = await sim.pushLog.waitFor((e) => e.deviceIds.length > 1 && e.status === 200);
    expect(new Set(event.deviceIds)).toEqual(new Set(online().map((d) => d.Id)));
  });

  it('records a dead receiver as an error and keeps serving', async () => {
    const dead = await startReceiver();
    await dead.close();
    await register({ RegistrationType: 2, ApiUrl: dead.url });
    const event = await sim.pushLog.waitFor((e) => e.url === dead.url);
    expect(event.error).toBe('ECONNREFUSED');
    expect(event.status).toBeUndefined();
    expect((await get(sim, '/User')).status).toBe(200);
  });

  it("records the receiver's status when it refuses", async () => {
    const refusing = await startReceiver(500);
    try {
      await register({ RegistrationType: 2, ApiUrl: refusing.url });
      expect((await sim.pushLog.waitFor((e) => e.url === refusing.url)).status).toBe(500);
    } finally {
      await refusing.close();
    }
  });
});

describe('fast-send', () => {
  it('raises the push rate of one device from its interval to every second', async () => {
    const slow = await startSimulator({
      seed: 9,
      meters: 4,
      gateways: 0,
      pushIntervalMs: 3_600_000,
      fastSendIntervalMs: 5,
      clock: createManualClock(T0).now,
    });
    const hook = await startReceiver();
    try {
      const meter = list(await get(slow, '/Devices')).find((d) => d.FamilyType === 12)!;
      await call(slow, 'POST', '/RegisterForRealtimeApi', {
        body: { RegistrationType: 1, MeterId: meter.Id, ApiUrl: hook.url },
      });
      await hook.posts.waitForCount(1);
      expect(slow.pushLog.entries().every((e) => !e.fastSend)).toBe(true);
      expect((await get(slow, `/FastSendDeviceValues/${meter.Id}`)).status).toBe(200);
      const fast = await slow.pushLog.waitForCount(5, (e) => e.fastSend);
      expect(fast.every((e) => e.deviceIds[0] === meter.Id && e.status === 200)).toBe(true);
      expect((await hook.posts.waitForCount(6)).length).toBe(6);
    } finally {
      await slow.close();
      await hook.close();
    }
  });
});
