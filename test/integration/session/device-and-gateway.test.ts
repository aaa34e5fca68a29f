import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { NGROK_AUTHTOKEN_SECRET } from '../../../main/app-secrets.ts';
import { startSimulator, type RunningSimulator, type SimDevice } from '../../../main/simulator/index.ts';
import { accountHarness, type AccountHarness } from './account-harness.ts';

let sim: RunningSimulator;
let h: AccountHarness;
beforeAll(async () => {
  sim = await startSimulator({ meters: 8, gateways: 2, metersPerGateway: 3 });
});
afterAll(() => sim.close());
afterEach(() => h.close());

const demoDevices = (): SimDevice[] =>
  [...sim.world.devices.values()].filter((d) => d.accountId === sim.world.accounts[0]!.id);
const electricity = () => demoDevices().find((d) => d.kind === 'electricity' && d.outputs.length > 0)!;
const demoHarness = async () => {
  h = await accountHarness({ demo: { baseUrl: sim.baseUrl, credentials: sim.credentials } });
  return h;
};

describe('the device inspector calls', () => {
  it('names every current value and gives it in the realtime unit too', async () => {
    await demoHarness();
    const device = electricity();
    const r = await h.data('device:inspect', { id: device.id, lang: 'de' });
    expect(r.device).toMatchObject({ id: device.id, serial: device.serial });
    const energy = r.values?.rows.find((v) => v.obis === '1-0:1.8.0*255');
    expect(energy).toMatchObject({ obisHex: '0100010800FF', unit: 'kWh' });
    expect(energy?.name).toMatch(/Wirkenergie/);
    expect(energy?.realtime).toMatchObject({ unit: 'mWh', assumed: false });
    expect(energy!.realtime!.value).toBeCloseTo(energy!.value! * 1e6, 0);
    expect(r.info?.firmwareVersion).toBe(device.firmwareVersion);
    expect(r.actions?.map((a) => a.obisCode)).toEqual(device.outputs.map((o) => o.obisHex));
  });

  it('puts the radio signal into a band', async () => {
    await demoHarness();
    const radio = demoDevices().find((d) => d.rssi !== undefined)!;
    const r = await h.data('device:inspect', { id: radio.id });
    expect(r.info).toMatchObject({ rssi: radio.rssi, network: radio.network });
    expect(['excellent', 'good', 'weak', 'poor']).toContain(r.info?.rssiBand);
  });

  it('says plainly when the device does not exist', async () => {
    await demoHarness();
    const r = await h.call('device:inspect', { id: '00000000-0000-0000-0000-00000000abcd' });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });

  it('gives one value over time, oldest first, and counters never fall', async () => {
    await demoHarness();
    const end = new Date();
    const start = new Date(end.getTime() - 6 * 3_600_000);
    const r = await h.data('device:history', {
      id: electricity().id,
      obisHex: '0100010800FF',
      start: start.toISOString(),
      end: end.toISOString(),
      intervalMinutes: 15,
    });
    expect(r.points.length).toBeGreaterThan(5);
    const times = r.points.map((p) => Date.parse(p.date));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    const values = r.points.map((p) => p.value);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  it('says a Professional licence is needed for history on a Basic account', async () => {
    h = await accountHarness();
    await h.data('auth:login', {
      method: 'basic',
      baseUrl: sim.baseUrl,
      username: 'basic',
      password: 'basic',
    });
    const { devices } = await h.data('fleet:load', {});
    const r = await h.call('device:history', {
      id: devices[0]!.id,
      obisHex: '0100010800FF',
      start: new Date(Date.now() - 3_600_000).toISOString(),
      end: new Date().toISOString(),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'licence-required' } });
    expect(r.ok === false && r.error.message).toContain('Professional');
  });

  it('refuses a range that ends before it starts', async () => {
    await demoHarness();
    const r = await h.call('device:history', {
      id: electricity().id,
      obisHex: '0100010800FF',
      start: new Date().toISOString(),
      end: new Date(Date.now() - 1000).toISOString(),
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'bad-range' } });
  });

  it('fast-send and switching reach the device', async () => {
    await demoHarness();
    const device = electricity();
    await h.data('device:fastSend', { id: device.id });
    expect(device.runtime.fastSendUntilMs).toBeGreaterThan(Date.now());
    const output = device.outputs[0]!;
    await h.data('device:switch', { id: device.id, obisCode: output.obisHex, value: 0 });
    expect(device.runtime.outputs[output.obisHex]).toBe(0);
  });
});

describe('the gateway calls', () => {
  it('starts a bus search and the held fleet shows it', async () => {
    await demoHarness();
    const { gateways } = await h.data('fleet:load', {});
    const id = gateways[0]!.id;
    const after = await h.data('gateway:search', { id });
    expect(after.stateName).toBe('SearchInProgress');
    const held = await h.data('fleet:load', {});
    expect(held.gateways.find((g) => g.id === id)?.stateName).toBe('SearchInProgress');
  });

  it('changes the readout interval and keeps the name and meter permission', async () => {
    await demoHarness();
    const { gateways } = await h.data('fleet:load', {});
    const id = gateways[1]!.id;
    const sg = sim.world.gateways.get(id.toLowerCase())!;
    const { name, isAddingMetersAllowed } = sg;
    const after = await h.data('gateway:setInterval', { id, readoutInterval: 9 });
    expect(after).toMatchObject({
      readoutInterval: 9,
      readoutIntervalName: 'Intervall_24hours',
      readoutIntervalSeconds: 86_400,
    });
    expect(sg).toMatchObject({ readoutInterval: 9, name, isAddingMetersAllowed });
    expect(after.meters.length).toBe(3);
  });
});

describe('settings secrets', () => {
  it('stores the ngrok authtoken in the token storage and never answers it back', async () => {
    h = await accountHarness();
    expect(await h.data('secrets:status')).toEqual({ ngrokAuthtoken: false });
    const set = await h.call('secrets:set', { name: 'ngrok-authtoken', value: ' 2abcSECRETtoken ' });
    expect(set).toEqual({ ok: true, data: { ngrokAuthtoken: true } });
    expect(await h.secretStore.get(NGROK_AUTHTOKEN_SECRET)).toBe('2abcSECRETtoken');
    expect(await h.data('secrets:set', { name: 'ngrok-authtoken', value: null })).toEqual({
      ngrokAuthtoken: false,
    });
    expect(await h.secretStore.get(NGROK_AUTHTOKEN_SECRET)).toBeUndefined();
  });
});
