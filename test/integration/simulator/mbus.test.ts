import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MBusGatewaySchema, MBusMeterSchema, type MBusGatewayDto } from '../../../shared/api/index.ts';
import {
  EMPTY_GUID,
  createManualClock,
  startSimulator,
  type ManualClock,
  type RunningSimulator,
} from '../../../main/simulator/index.ts';
import { API_DATE, T0, call, get, list, obj } from './sim-http.ts';

let sim: RunningSimulator;
let clock: ManualClock;
let gatewayIds: string[];

beforeAll(async () => {
  clock = createManualClock(T0);
  sim = await startSimulator({
    seed: 11,
    meters: 2,
    gateways: 5,
    metersPerGateway: 6,
    clock: clock.now,
    searchDurationMs: 30_000,
  });
  gatewayIds = list(await get(sim, '/DevicesByEnergy?meterEnergyType=8')).map((d) => String(d.Id));
});
afterAll(() => sim.close());

const gateway = async (id: string): Promise<MBusGatewayDto> =>
  MBusGatewaySchema.parse(obj(await get(sim, `/gateway/mbus/${id}`)));
const meter1 = {
  AddressingMode: 2,
  PrimaryAddress: 0,
  SecondaryAddress: '12345678A5111207',
  Baudrate: 1,
  Send_SND_NKE: true,
  Send_App_Reset: false,
};

describe('GET /gateway/mbus/{id}', () => {
  it('shows each gateway with its state, interval, last contact and meters in every state', async () => {
    expect(gatewayIds).toHaveLength(5);
    const states = new Set<number>();
    for (const id of gatewayIds) {
      const g = await gateway(id);
      expect(g.LastSeen).toMatch(API_DATE);
      expect(g.Meters).toHaveLength(6);
      expect(new Set(g.Meters!.map((m) => m.State))).toEqual(new Set([0, 1, 2, 3]));
      for (const m of g.Meters!) expect(m.SecondaryAddress).toMatch(/^\d{8}[0-9A-F]{8}$/);
      expect(g.Meters!.filter((m) => m.Id === EMPTY_GUID)).toHaveLength(1);
      states.add(g.State!);
    }
    expect(states).toEqual(new Set([0, 2, 3]));
    expect(
      (await get(sim, `/gateway/mbus/${list(await get(sim, '/DevicesByEnergy?meterEnergyType=1'))[0]!.Id}`))
        .status,
    ).toBe(404);
  });

  it('has meters whose device stopped reporting more than 24 h ago (stale)', async () => {
    const g = await gateway(gatewayIds[0]!);
    const failed = g.Meters!.find((m) => m.State === 1 && m.Id !== EMPTY_GUID)!;
    const device = obj(await get(sim, `/Devices/${failed.Id}`));
    expect(T0 - Date.parse(String(device.ValueDate))).toBeGreaterThan(24 * 3_600_000);
    const ok = g.Meters!.find((m) => m.State === 0 && m.Id !== EMPTY_GUID)!;
    const fresh = obj(await get(sim, `/Devices/${ok.Id}`));
    expect(T0 - Date.parse(String(fresh.ValueDate))).toBeLessThan(24 * 3_600_000);
  });
});

describe('changing a gateway', () => {
  it('PUT changes name, interval and the adding flag; a bad body is a 400', async () => {
    const id = gatewayIds[1]!;
    const put = await call(sim, 'PUT', `/gateway/mbus/${id}`, {
      body: { Name: 'Keller', ReadoutInterval: 4, IsAddingMetersAllowed: false },
    });
    expect(put.status).toBe(200);
    expect(await gateway(id)).toMatchObject({
      Name: 'Keller',
      ReadoutInterval: 4,
      IsAddingMetersAllowed: false,
    });
    expect(
      (
        await call(sim, 'PUT', `/gateway/mbus/${id}`, {
          body: { Name: 'x', ReadoutInterval: 12, IsAddingMetersAllowed: true },
        })
      ).status,
    ).toBe(400);
  });

  it('a search shows SearchInProgress for a while, then the state before', async () => {
    const id = gatewayIds[0]!;
    const before = (await gateway(id)).State;
    expect((await call(sim, 'POST', `/gateway/mbus/${id}/search`)).status).toBe(200);
    expect((await gateway(id)).State).toBe(1);
    expect((await call(sim, 'POST', `/gateway/mbus/${id}/search`)).status).toBe(409);
    clock.advance(30_000);
    expect((await gateway(id)).State).toBe(before);
  });

  it('adds, reads, changes and deletes meter definitions by index', async () => {
    const id = gatewayIds[2]!;
    expect((await call(sim, 'POST', `/gateway/mbus/${id}/meter`, { body: meter1 })).status).toBe(200);
    const added = MBusMeterSchema.parse(obj(await get(sim, `/gateway/mbus/${id}/meter/6`)));
    expect(added).toMatchObject({ Id: EMPTY_GUID, SecondaryAddress: '12345678A5111207', State: 2 });
    await call(sim, 'PUT', `/gateway/mbus/${id}/meter/6`, {
      body: { ...meter1, AddressingMode: 1, PrimaryAddress: 17 },
    });
    expect(obj(await get(sim, `/gateway/mbus/${id}/meter/6`))).toMatchObject({
      AddressingMode: 1,
      PrimaryAddress: 17,
    });
    expect(
      (await call(sim, 'POST', `/gateway/mbus/${id}/meter`, { body: { ...meter1, SecondaryAddress: 'xyz' } }))
        .status,
    ).toBe(400);
    expect((await call(sim, 'DELETE', `/gateway/mbus/${id}/meter/6`)).status).toBe(200);
    expect((await get(sim, `/gateway/mbus/${id}/meter/6`)).status).toBe(404);
    expect((await call(sim, 'DELETE', `/gateway/mbus/${id}/deleteallmeters`)).status).toBe(200);
    expect((await gateway(id)).Meters).toEqual([]);
  });

  it('DELETE removes the gateway but keeps its meters as devices', async () => {
    const id = gatewayIds[3]!;
    const meterId = (await gateway(id)).Meters!.find((m) => m.Id !== EMPTY_GUID)!.Id;
    expect((await call(sim, 'DELETE', `/gateway/mbus/${id}`)).status).toBe(200);
    expect((await get(sim, `/gateway/mbus/${id}`)).status).toBe(404);
    expect((await get(sim, `/Devices/${meterId}`)).status).toBe(200);
  });
});
