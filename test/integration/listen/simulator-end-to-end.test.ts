import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicCredentials, createSmartMeApi, type SmartMeApi } from '../../../main/services/api/index.ts';
import { readCapture } from '../../../main/services/captures/index.ts';
import { createManualClock, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';
import { listenInProcess, type RunningListen } from './listen-in-process.ts';

const T0 = Date.UTC(2026, 6, 25, 13, 6, 32, 50);

interface FrameLine {
  seq: number;
  status: string;
  items: { deviceId: string; dateTime: string; values: { obis: string; value: number }[] }[];
}

let sim: RunningSimulator;
let api: SmartMeApi;
let run: RunningListen;
let capture: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let dir: string;
  ({ dir, cleanup } = await tempDir());
  capture = join(dir, 'sim.mscap');
  // One push per device per hour, so every further frame within the test comes from fast-send.
  sim = await startSimulator({
    seed: 4,
    meters: 4,
    gateways: 0,
    pushIntervalMs: 3_600_000,
    fastSendIntervalMs: 5,
    clock: createManualClock(T0).now,
  });
  api = createSmartMeApi({ baseUrl: sim.baseUrl, credentials: basicCredentials('demo', 'demo') });
  run = await listenInProcess(['--capture', capture, '--basic-auth', 'cloud:hook-secret']);
});
afterAll(async () => {
  await run.stop();
  await api.close();
  await sim.close();
  await cleanup();
});

describe('listen against the simulated smart-me cloud', () => {
  it('receives the pushes of a registered meter decoded with the right values, and fast-send raises the rate', async () => {
    const meter = (await api.devices()).find((d) => d.FamilyType === 12 && d.DeviceEnergyType !== 8);
    expect(meter).toBeDefined();
    const id = meter?.Id as string;
    await api.register({
      RegistrationType: 1,
      MeterId: id,
      ApiUrl: run.url,
      BasicAuthUsername: 'cloud',
      BasicAuthPassword: 'hook-secret',
    });
    const isMeter = (f: FrameLine) => f.items[0]?.deviceId === id;
    const first = await run.stdout.json<FrameLine>('frame', isMeter);
    expect(first.status).toBe('ok');
    const [item] = first.items;
    expect(Date.parse(item?.dateTime ?? '')).toBe(T0);
    const energy = item?.values.find((v) => v.obis === '1-0:1.8.0*255')?.value ?? NaN;
    expect(energy / 1e6).toBeCloseTo(meter?.CounterReading as number, 1); // mWh on the wire, kWh in REST

    await api.fastSendDeviceValues(id);
    const fast = await sim.pushLog.waitForCount(5, (e) => e.fastSend === true && e.status === 200);
    expect(fast.every((e) => e.deviceIds[0] === id)).toBe(true);
    const lastSeq = (await run.stdout.json<FrameLine>('frame', (f) => isMeter(f) && f.seq >= first.seq + 5))
      .seq;
    expect(lastSeq).toBeGreaterThanOrEqual(first.seq + 5);

    const stored: number[] = [];
    for await (const e of readCapture(capture)) if (e.type === 'request') stored.push(e.record.seq);
    expect(stored).toEqual(expect.arrayContaining(Array.from({ length: 6 }, (_, i) => first.seq + i)));
  });

  it('--register device:<id> --fast-send registers the meter, then makes it send every second', async () => {
    const meter = (await api.devices()).find((d) => d.FamilyType === 12 && d.DeviceEnergyType !== 8);
    const id = (meter?.Id as string).toLowerCase();
    const fast = await listenInProcess([
      '--capture',
      `${capture}-fast.mscap`,
      '--register',
      `device:${id}`,
      '--fast-send',
      '--base-url',
      sim.baseUrl,
      '--user',
      'demo',
      '--password',
      'demo',
    ]);
    try {
      const started = await fast.stdout.json<{ deviceId: string; until: string }>('fast-send');
      expect(started.deviceId).toBe(id);
      expect(Date.parse(started.until)).toBeGreaterThan(Date.now());
      // Three fast-send pushes to this listener answered 200 (the simulator's fast interval is 5 ms here).
      const pushes = await sim.pushLog.waitForCount(
        3,
        (e) => e.fastSend === true && e.status === 200 && e.url.startsWith(fast.url),
      );
      expect(pushes.every((e) => e.deviceIds[0] === id)).toBe(true);
      const frame = await fast.stdout.json<FrameLine>('frame', (f) => f.items[0]?.deviceId === id);
      expect(frame.status).toBe('ok');
    } finally {
      expect(await fast.stop()).toBe(0);
    }
    // The registration it made is gone again; the first test's listener keeps its own.
    expect((await api.registrations()).some((r) => r.ApiUrl === fast.url)).toBe(false);
  });
});
