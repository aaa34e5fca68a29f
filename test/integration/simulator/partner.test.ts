import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  DevicesSchema,
  FirmwareUpdateResultListSchema,
  FolderMenuConfigurationSchema,
  PartnerDeviceInformationListSchema,
  UsersSchema,
  ValuesDataListSchema,
  VisualizationConfigurationSchema,
} from '../../../shared/api/index.ts';
import {
  CUSTOMER_IDS,
  createManualClock,
  startSimulator,
  type RunningSimulator,
} from '../../../main/simulator/index.ts';
import { AUTH, T0, call, get, list, obj } from './sim-http.ts';

let sim: RunningSimulator;
const P = { auth: AUTH.partner };

beforeAll(async () => {
  sim = await startSimulator({ seed: 6, meters: 2, gateways: 0, clock: createManualClock(T0).now });
});
afterAll(() => sim.close());

const partnerGet = (path: string) => get(sim, path, AUTH.partner);

describe('Goldpartner endpoints', () => {
  it("list the customers and their devices, and nobody else's", async () => {
    const users = UsersSchema.parse((await partnerGet('/partner/user')).json);
    expect(users.map((u) => u.Id)).toEqual([...CUSTOMER_IDS]);
    const all = DevicesSchema.parse((await partnerGet('/PartnerAllDevices')).json);
    const one = DevicesSchema.parse((await partnerGet(`/PartnerAllDevices/${CUSTOMER_IDS[1]}`)).json);
    expect(one.length).toBeGreaterThan(0);
    expect(all.map((d) => d.Id)).toEqual(expect.arrayContaining(one.map((d) => d.Id)));
    const demoDevice = list(await get(sim, '/Devices'))[0]!;
    expect(all.map((d) => d.Id)).not.toContain(demoDevice.Id);
    expect((await partnerGet('/PartnerAllDevices/1001')).status).toBe(404);
    expect((await partnerGet(`/PartnerAllDeviceInformations/${demoDevice.Id}`)).status).toBe(404);
  });

  it('gives device information rows with owner, firmware and network', async () => {
    const rows = PartnerDeviceInformationListSchema.parse(
      (await partnerGet('/PartnerAllDeviceInformations')).json,
    );
    expect(rows[0]).toMatchObject({ UserId: CUSTOMER_IDS[0], Username: 'customer1' });
    const single = obj(await partnerGet(`/PartnerAllDeviceInformations/${rows[0]!.Id}`));
    expect(single).toEqual(rows[0]);
  });

  it('reads and replaces a customer folder menu and shows the visualization configuration', async () => {
    const path = `/partner/foldermenu/${CUSTOMER_IDS[0]}`;
    const menu = FolderMenuConfigurationSchema.parse(obj(await partnerGet(path)));
    expect(
      menu.Items![0]!.Children!.every(
        (c) => c.FolderType === 1000 && typeof c.MeterSerialNumber === 'string',
      ),
    ).toBe(true);
    const replacement = { Items: [{ Name: 'Neu', FolderType: 0, Children: [] }] };
    expect((await call(sim, 'POST', path, { ...P, body: replacement })).status).toBe(200);
    expect(obj(await partnerGet(path))).toEqual(replacement);
    const vis = VisualizationConfigurationSchema.parse(
      obj(await partnerGet(`/partner/visualizationconfiguration/${CUSTOMER_IDS[0]}`)),
    );
    expect(vis.Folders![0]!.Meters!.length).toBeGreaterThan(0);
  });

  it('signs up a customer who can then log in, and updates its password', async () => {
    const created = obj(
      await call(sim, 'POST', '/SignUpPartner', {
        ...P,
        body: { Username: 'newbie', Email: 'n@example.com', Password: 'pw1' },
      }),
    );
    expect(created).toMatchObject({ Username: 'newbie' });
    expect(
      (
        await call(sim, 'POST', '/SignUpPartner', {
          ...P,
          body: { Username: 'newbie', Email: 'x@y.z', Password: 'p' },
        })
      ).status,
    ).toBe(409);
    await call(sim, 'POST', `/partner/user/${created.Id}`, { ...P, body: { Password: 'pw2' } });
    expect((await get(sim, '/User', `Basic ${Buffer.from('newbie:pw2').toString('base64')}`)).status).toBe(
      200,
    );
  });

  it('serves history and fast-send for customer devices, and firmware updates', async () => {
    const device = DevicesSchema.parse((await partnerGet('/PartnerAllDevices')).json)[0]!;
    const history = ValuesDataListSchema.parse(
      (
        await partnerGet(
          `/partner/ValuesInPastMultiple/${device.Id}?startDate=2026-07-24T00:00:00Z&endDate=2026-07-24T06:00:00Z&interval=60`,
        )
      ).json,
    );
    expect(history).toHaveLength(6);
    expect((await partnerGet(`/partner/fastsenddevicevalues?id=${device.Id}`)).status).toBe(200);
    expect((await partnerGet('/partner/fastsenddevicevalues')).status).toBe(400);
    const results = FirmwareUpdateResultListSchema.parse(
      (await call(sim, 'POST', '/UpdateFirmwarePartner', { ...P, body: { DeviceIds: [device.Id, 'nope'] } }))
        .json,
    );
    expect(results[0]).toMatchObject({ DeviceId: device.Id, FirmwareVersion: 140 });
    expect(results[1]).toMatchObject({ DeviceId: 'nope', Updated: false });
  });
});
