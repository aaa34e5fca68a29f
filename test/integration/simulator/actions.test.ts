import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionInformationListSchema, DeviceSchema, ValuesDataSchema } from '../../../shared/api/index.ts';
import {
  createManualClock,
  startSimulator,
  type ManualClock,
  type RunningSimulator,
} from '../../../main/simulator/index.ts';
import { T0, call, get, list, obj } from './sim-http.ts';

let sim: RunningSimulator;
let clock: ManualClock;
let devices: Record<string, unknown>[];

beforeAll(async () => {
  clock = createManualClock(T0);
  sim = await startSimulator({ seed: 5, meters: 14, gateways: 0, clock: clock.now });
  devices = list(await get(sim, '/Devices'));
});
afterAll(() => sim.close());

const byFamily = (f: number) =>
  devices.find((d) => d.FamilyType === f && T0 - Date.parse(String(d.ValueDate)) < 60_000)!;
const valueOf = async (id: unknown, obis: string) =>
  ValuesDataSchema.parse(obj(await get(sim, `/Values/${id}`))).Values!.find((v) => v.Obis === obis)?.Value;

describe('actions', () => {
  it('lists the Telstar outputs as the vendor wiki shows them', async () => {
    const actions = ActionInformationListSchema.parse((await get(sim, `/actions/${byFamily(12).Id}`)).json);
    expect(actions).toEqual([
      { Name: 'Output 0', ObisCode: '63000C0101FF', ActionType: 0 },
      { Name: 'Relais', ObisCode: '63000C0102FF', ActionType: 0 },
    ]);
    const noOutputs = devices.find((d) => d.FamilyType === 2)!;
    expect(list(await get(sim, `/actions/${noOutputs.Id}`))).toEqual([]);
  });

  it('switches a digital output: DigitalOutput2 and 99-0:12.1.2 follow', async () => {
    const id = byFamily(12).Id;
    for (const value of [1, 0]) {
      const answer = await call(sim, 'POST', '/actions', {
        body: { DeviceID: id, Actions: [{ ObisCode: '63000C0102FF', Value: value }] },
      });
      expect(answer.status).toBe(200);
      expect(answer.text).toBe('');
      expect(DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`))).DigitalOutput2).toBe(value === 1);
      expect(await valueOf(id, '63000C0102FF')).toBe(value);
    }
  });

  it('cuts the load with a phase switch: SwitchOn false, power 0 and a counter that stops', async () => {
    const id = byFamily(3).Id;
    const off = await call(sim, 'POST', '/actions', {
      body: { DeviceID: id, Actions: [{ ObisCode: '63000C0001FF', Value: 0 }] },
    });
    expect(off.status).toBe(200);
    clock.advance(60_000);
    const first = DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`)));
    expect(first).toMatchObject({ SwitchOn: false, ActivePower: 0 });
    expect(await valueOf(id, '63000C0000FF')).toBe(0);
    clock.advance(3_600_000);
    const later = DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`)));
    expect(later.CounterReading).toBe(first.CounterReading);
    await call(sim, 'POST', '/actions', {
      body: { DeviceID: id, Actions: [{ ObisCode: '63000C0001FF', Value: 1 }] },
    });
    clock.advance(60_000);
    const on = DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`)));
    expect(on.SwitchOn).toBe(true);
    expect(on.ActivePower).not.toBe(0);
    expect(on.CounterReading).toBeGreaterThan(first.CounterReading!);
  });

  it('refuses outputs the device does not have and values other than 0/1, changing nothing', async () => {
    const id = byFamily(12).Id;
    const unknown = await call(sim, 'POST', '/actions', {
      body: {
        DeviceID: id,
        Actions: [
          { ObisCode: '63000C0102FF', Value: 1 },
          { ObisCode: '63000C0001FF', Value: 0 },
        ],
      },
    });
    expect(unknown.status).toBe(400);
    expect(await valueOf(id, '63000C0102FF')).toBe(0);
    const bad = await call(sim, 'POST', '/actions', {
      body: { DeviceID: id, Actions: [{ ObisCode: '63000C0101FF', Value: 7 }] },
    });
    expect(bad.status).toBe(400);
    expect((await call(sim, 'POST', '/actions', { body: { Actions: [] } })).status).toBe(400);
  });

  it('still supports the legacy PUT /Devices/{id}?switchState=', async () => {
    const id = byFamily(8).Id;
    expect((await call(sim, 'PUT', `/Devices/${id}?switchState=false&switchNumber=2`)).status).toBe(200);
    expect(DeviceSchema.parse(obj(await get(sim, `/Devices/${id}`)))).toMatchObject({
      SwitchPhaseL2On: false,
      SwitchOn: true,
    });
  });
});
