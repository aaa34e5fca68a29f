import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DevicesSchema, AdditionalDeviceInformationSchema, DeviceSchema } from '../../../shared/api/index.ts';
import { createManualClock, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { API_DATE, AUTH, T0, call, get, list, obj, walkJson } from './sim-http.ts';

let sim: RunningSimulator;
let devices: Record<string, unknown>[];

beforeAll(async () => {
  sim = await startSimulator({ seed: 7, meters: 18, gateways: 2, clock: createManualClock(T0).now });
  devices = list(await get(sim, '/Devices'));
});
afterAll(() => sim.close());

describe('GET /Devices', () => {
  it('answers PascalCase JSON with integer enums, no nulls and 7-digit UTC dates', async () => {
    const answer = await get(sim, '/Devices');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.text).not.toContain('null');
    expect(DevicesSchema.safeParse(answer.json).success).toBe(true);
    walkJson(answer.json, (key, value) => {
      expect(key).toMatch(/^[A-Z]/);
      if (key === 'ValueDate') expect(value).toMatch(API_DATE);
      if (['DeviceEnergyType', 'FamilyType', 'MeterSubType'].includes(key))
        expect(Number.isInteger(value)).toBe(true);
    });
  });

  it('has every electricity family and water, gas and heat meters, M-Bus gateways as energy type 8', () => {
    const families = new Set(devices.filter((d) => d.DeviceEnergyType === 1).map((d) => d.FamilyType));
    for (const f of [1, 2, 3, 6, 7, 8, 9, 12, 16, 17, 18]) expect(families).toContain(f);
    const energies = new Set(devices.map((d) => d.DeviceEnergyType));
    for (const e of [2, 3, 4, 8]) expect(energies).toContain(e);
    expect(devices.filter((d) => d.DeviceEnergyType === 8).every((d) => d.FamilyType === 4)).toBe(true);
  });

  it('gives phase values only to meters with phases (Kamstrup: four tariffs, no per-phase power)', () => {
    const kamstrup = devices.find((d) => d.FamilyType === 6)!;
    expect(kamstrup.CounterReadingT4).toBeTypeOf('number');
    expect(kamstrup).not.toHaveProperty('ActivePowerL1');
    expect(kamstrup).not.toHaveProperty('PowerFactor');
    const onePhase = devices.find((d) => d.FamilyType === 16)!;
    expect(onePhase).not.toHaveProperty('VoltageL2');
    expect(onePhase.Voltage).toBeTypeOf('number');
    const telstar = devices.find((d) => d.FamilyType === 12)!;
    expect(telstar).toMatchObject({ ActivePowerUnit: 'kW', CounterReadingUnit: 'kWh' });
    for (const k of ['ActivePowerL3', 'VoltageL3', 'CurrentL3', 'PowerFactorL3'])
      expect(telstar[k]).toBeTypeOf('number');
    const water = devices.find((d) => d.DeviceEnergyType === 2)!;
    expect(water).toMatchObject({ CounterReadingUnit: 'm3', ActivePowerUnit: 'm3/h' });
  });

  it('has devices that stopped reporting hours or days ago (offline by the 15-minute rule)', () => {
    const ages = devices.map((d) => T0 - Date.parse(String(d.ValueDate)));
    expect(ages.filter((a) => a > 15 * 60_000).length).toBeGreaterThanOrEqual(2);
    expect(ages.filter((a) => a < 60_000).length).toBeGreaterThan(devices.length / 2);
  });
});

describe('paths', () => {
  it('match case-insensitively, with or without /api and a trailing slash', async () => {
    const id = String(devices[0]!.Id);
    for (const path of [`/devices/${id}`, `/API/Devices/${id.toUpperCase()}/`, `/api/DEVICES/${id}`]) {
      const answer = await get(sim, path);
      expect(answer.status, path).toBe(200);
      expect(obj(answer).Id).toBe(id);
    }
  });

  it('answer 404 for unknown paths and unknown devices, 405 for a wrong method', async () => {
    expect((await get(sim, '/NoSuchThing')).status).toBe(404);
    expect((await get(sim, '/Devices/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const wrong = await call(sim, 'DELETE', '/Devices');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toContain('GET');
  });
});

describe('device lookups', () => {
  it('finds a device by serial, by energy type and by sub-type', async () => {
    const device = devices[3]!;
    expect(obj(await get(sim, `/DeviceBySerial?serial=${device.Serial}`)).Id).toBe(device.Id);
    expect((await get(sim, '/DeviceBySerial?serial=1')).status).toBe(404);
    expect((await get(sim, '/DeviceBySerial')).status).toBe(400);
    const gateways = list(await get(sim, '/DevicesByEnergy?meterEnergyType=8'));
    expect(gateways).toHaveLength(2);
    expect(gateways.every((g) => g.DeviceEnergyType === 8)).toBe(true);
    const charging = list(await get(sim, '/DevicesBySubType?METERSUBTYPE=3'));
    expect(charging.length).toBeGreaterThan(0);
    expect(charging.every((d) => d.MeterSubType === 3)).toBe(true);
  });

  it("shows firmware and network (capital ID), and hides other accounts' devices", async () => {
    const id = String(devices[0]!.Id);
    const info = obj(await get(sim, `/AdditionalDeviceInformation/${id}`));
    expect(AdditionalDeviceInformationSchema.parse(info)).toMatchObject({ ID: id });
    expect(info.NetworkConnectionRSSI).toBeGreaterThanOrEqual(0);
    expect((await get(sim, `/Devices/${id}`, AUTH.basic)).status).toBe(404);
  });
});

describe('POST /Devices', () => {
  it('creates a REST meter only with a DeviceEnergyType, then updates its values', async () => {
    expect((await call(sim, 'POST', '/Devices', { body: { Name: 'x' } })).status).toBe(400);
    const created = obj(
      await call(sim, 'POST', '/Devices', {
        body: { Id: '', Name: 'Sub-meter', DeviceEnergyType: 1, CounterReading: 12.5, ActivePower: 0.3 },
      }),
    );
    expect(created).toMatchObject({ Name: 'Sub-meter', DeviceEnergyType: 1, CounterReading: 12.5 });
    const id = String(created.Id);
    await call(sim, 'POST', '/Devices', { body: { Id: id, CounterReading: 13.25 } });
    const device = DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`)));
    expect(device).toMatchObject({ FamilyType: 1001, CounterReading: 13.25, ActivePower: 0.3 });
    expect(device.ValueDate).toMatch(API_DATE);
    const values = obj(await get(sim, `/Values/${id}`));
    expect(values.Values).toContainEqual({ Obis: '0100010800FF', Value: 13.25 });
  });

  it('refuses values for a device that measures itself, and bad JSON', async () => {
    const answer = await call(sim, 'POST', '/Devices', { body: { Id: devices[0]!.Id, CounterReading: 1 } });
    expect(answer.status).toBe(400);
    expect(answer.text).toContain('REST API meters');
    const res = await fetch(`${sim.baseUrl}/Devices`, {
      method: 'POST',
      headers: { authorization: AUTH.demo, 'content-type': 'application/json' },
      body: '{"Id": ',
    });
    expect(res.status).toBe(400);
    const huge = await call(sim, 'POST', '/Devices', { body: { Name: 'x'.repeat(1_100_000) } });
    expect(huge.status).toBe(413);
    expect((await get(sim, '/User')).status).toBe(200);
  });
});
