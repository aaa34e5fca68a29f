import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MBusGatewayState, MeterEnergyType } from '../../../shared/api/index.ts';
import { ApiError } from '../../../main/services/api/api-error.ts';
import { rejectionOf, startSimApi, type SimApi } from './sim-api.ts';

let s: SimApi;
beforeAll(async () => {
  s = await startSimApi();
});
afterAll(() => s.close());

const firstElectricityMeter = () =>
  [...s.sim.world.devices.values()].find((d) => d.kind === 'electricity' && d.outputs.length > 0)!;
const firstGateway = () => [...s.sim.world.gateways.values()][0]!;

describe('device endpoints', () => {
  it('lists devices and finds one by id, by serial, by energy and by sub type', async () => {
    const all = await s.api.devices();
    expect(all.length).toBe([...s.sim.world.devices.values()].filter((d) => d.accountId === 1001).length);
    const meter = firstElectricityMeter();
    expect((await s.api.device(meter.id)).Serial).toBe(meter.serial);
    expect((await s.api.deviceBySerial(meter.serial)).Id).toBe(meter.id);
    const gateways = await s.api.devicesByEnergy(MeterEnergyType.MeterTypeMBusGateway);
    expect(gateways.map((g) => g.Id).sort()).toEqual([...s.sim.world.gateways.keys()].sort());
    const withSub = all.find((d) => d.MeterSubType !== undefined && d.MeterSubType !== null)!;
    const bySub = await s.api.devicesBySubType(withSub.MeterSubType!);
    expect(bySub.map((d) => d.Id)).toContain(withSub.Id);
  });

  it('creates a REST meter with POST /Devices', async () => {
    const created = await s.api.postDevice({
      Name: 'Test REST meter',
      DeviceEnergyType: 1,
      CounterReading: 12.5,
    });
    expect(created.Id).toBeTruthy();
    expect((await s.api.device(created.Id!)).Name).toBe('Test REST meter');
  });

  it('reads firmware and network, and starts fast-send', async () => {
    const meter = firstElectricityMeter();
    const info = await s.api.additionalDeviceInformation(meter.id);
    expect(info.FirmwareVersion).toBe(meter.firmwareVersion);
    await s.api.fastSendDeviceValues(meter.id);
    expect(meter.runtime.fastSendUntilMs).toBeGreaterThan(Date.now());
  });

  it('switches a phase the old way (PUT /Devices/{id}?switchState=)', async () => {
    const switchable = [...s.sim.world.devices.values()].find((d) => d.outputs.some((o) => o.phase === 1));
    if (!switchable) throw new Error('the simulated fleet has no meter with a phase switch');
    await s.api.switchDevice(switchable.id, false, 1);
    expect(switchable.runtime.phaseOn[0]).toBe(false);
    await s.api.switchDevice(switchable.id, true, 1);
    expect(switchable.runtime.phaseOn[0]).toBe(true);
  });

  it('answers not-found for an unknown device', async () => {
    const e = await rejectionOf(s.api.device('00000000-0000-0000-0000-0000000000ff'));
    expect(e).toBeInstanceOf(ApiError);
    expect(e.code).toBe('not-found');
  });
});

describe('value endpoints', () => {
  it('reads current values, values in the past, counters at a date and history', async () => {
    const meter = firstElectricityMeter();
    const now = await s.api.values(meter.id);
    expect(now.Values?.map((v) => v.Obis)).toContain('0100010800FF');
    const hourAgo = new Date(Date.now() - 3_600_000);
    const past = await s.api.valuesInPast(meter.id, hourAgo);
    expect(Date.parse(past.Date!)).toBeLessThanOrEqual(hourAgo.getTime());
    const counters = await s.api.meterValues(meter.id, hourAgo);
    expect(counters.CounterReading).toBeLessThanOrEqual(
      now.Values!.find((v) => v.Obis === '0100010800FF')!.Value!,
    );
    const history = await s.api.valuesInPastMultiple(meter.id, {
      start: new Date(Date.now() - 30 * 86_400_000),
      end: new Date(),
      intervalMinutes: 0,
    });
    expect(history.length).toBeGreaterThan(0);
    expect(history.length).toBeLessThanOrEqual(1000);
    const grid = await s.api.valuesInPastMultipleInterpolated(meter.id, {
      start: new Date(Date.now() - 86_400_000),
      end: new Date(),
      interval: 15,
    });
    expect(grid.Values?.length).toBeGreaterThan(0);
  });
});

describe('action endpoints', () => {
  it('lists outputs and switches one', async () => {
    const meter = firstElectricityMeter();
    const outputs = await s.api.actions(meter.id);
    const output = outputs[0]!;
    expect(output.ObisCode).toMatch(/^[0-9A-F]{12}$/);
    const before = meter.runtime.outputs[output.ObisCode!] ?? 0;
    const target = before === 1 ? 0 : 1;
    await s.api.postActions({ DeviceID: meter.id, Actions: [{ ObisCode: output.ObisCode!, Value: target }] });
    expect(meter.runtime.outputs[output.ObisCode!]).toBe(target);
  });
});

describe('M-Bus gateway endpoints', () => {
  it('reads a gateway and changes its settings', async () => {
    const gw = firstGateway();
    const dto = await s.api.gateway(gw.id);
    expect(dto.Meters).toHaveLength(gw.meters.length);
    await s.api.putGateway(gw.id, { Name: 'Renamed', ReadoutInterval: 3, IsAddingMetersAllowed: false });
    expect(await s.api.gateway(gw.id)).toMatchObject({ Name: 'Renamed', ReadoutInterval: 3 });
  });

  it('adds, reads, changes and deletes meter definitions, and searches', async () => {
    const gw = firstGateway();
    const count = gw.meters.length;
    const def = {
      AddressingMode: 2,
      PrimaryAddress: 0,
      SecondaryAddress: '1234567814C50702',
      Baudrate: 1,
      Send_SND_NKE: true,
      Send_App_Reset: false,
    };
    await s.api.addMeter(gw.id, def);
    expect(gw.meters).toHaveLength(count + 1);
    expect((await s.api.meter(gw.id, count)).SecondaryAddress).toBe('1234567814C50702');
    await s.api.putMeter(gw.id, count, { ...def, SecondaryAddress: '8765432114C50702' });
    expect((await s.api.meter(gw.id, count)).SecondaryAddress).toBe('8765432114C50702');
    await s.api.deleteMeter(gw.id, count);
    expect(gw.meters).toHaveLength(count);
    await s.api.searchMeters(gw.id);
    expect((await s.api.gateway(gw.id)).State).toBe(MBusGatewayState.SearchInProgress);
  });

  it('deletes all meters, then the gateway itself', async () => {
    const gw = [...s.sim.world.gateways.values()][1]!;
    await s.api.deleteAllMeters(gw.id);
    expect((await s.api.gateway(gw.id)).Meters).toEqual([]);
    await s.api.deleteGateway(gw.id);
    expect((await rejectionOf(s.api.gateway(gw.id))).code).toBe('not-found');
  });
});

describe('realtime registration and user endpoints', () => {
  it('registers, lists and removes a webhook', async () => {
    await s.api.register({ RegistrationType: 2, ApiUrl: 'http://127.0.0.1:9/hook' });
    const list = await s.api.registrations();
    const mine = list.find((r) => r.ApiUrl === 'http://127.0.0.1:9/hook')!;
    expect(mine.Id).toBeTruthy();
    await s.api.unregister(mine.Id!);
    expect((await s.api.registrations()).some((r) => r.Id === mine.Id)).toBe(false);
  });

  it('reads the user', async () => {
    expect(await s.api.user()).toMatchObject({ Id: 1001, Username: 'demo' });
  });
});

describe('Goldpartner endpoints', () => {
  it('lists partner devices, device information, users and a customer’s configuration', async () => {
    const partner = s.as('partner');
    const users = await partner.partnerUsers();
    const customer = users[0]!;
    const all = await partner.partnerAllDevices();
    const ofCustomer = await partner.partnerDevicesOfUser(customer.Id);
    expect(all.length).toBeGreaterThanOrEqual(ofCustomer.length);
    const infos = await partner.partnerDeviceInformations();
    expect(infos.length).toBe(all.length);
    const device = ofCustomer[0]!;
    expect((await partner.partnerDeviceInformation(device.Id)).Id).toBe(device.Id);
    await partner.partnerFastSendDeviceValues(device.Id);
    const menu = await partner.partnerFolderMenu(customer.Id);
    await partner.postPartnerFolderMenu(customer.Id, { ...menu, Items: menu.Items ?? [] });
    expect(await partner.partnerVisualizationConfiguration(customer.Id)).toBeTruthy();
    const history = await partner.partnerValuesInPastMultiple(device.Id, {
      start: new Date(Date.now() - 86_400_000),
      end: new Date(),
      intervalMinutes: 60,
    });
    expect(history.length).toBeLessThanOrEqual(1000);
  });

  it('signs up and updates a customer, and requests firmware updates', async () => {
    const partner = s.as('partner');
    await partner.signUpPartner({ Username: 'newcustomer', Email: 'new@example.com', Password: 'pw-123' });
    const created = (await partner.partnerUsers()).find((u) => u.Username === 'newcustomer')!;
    await partner.updatePartnerUser(created.Id, { Email: 'changed@example.com' });
    expect((await partner.partnerUsers()).find((u) => u.Id === created.Id)?.Email).toBe(
      'changed@example.com',
    );
    const devices = await partner.partnerAllDevices();
    const results = await partner.updateFirmwarePartner({ DeviceIds: [devices[0]!.Id] });
    expect(results[0]?.DeviceId).toBe(devices[0]!.Id);
  });
});

describe('licence gates and credentials', () => {
  it('says a Professional licence is needed for history with a Basic account', async () => {
    const basic = s.as('basic');
    const [own] = await basic.devices();
    const id = own?.Id ?? firstElectricityMeter().id;
    const e = await rejectionOf(
      basic.valuesInPastMultiple(id, {
        start: new Date(Date.now() - 3_600_000),
        end: new Date(),
        intervalMinutes: 0,
      }),
    );
    expect(e.code).toBe('licence-required');
    expect(e.message).toContain('Professional licence');
  });

  it('says a Goldpartner licence is needed for partner endpoints', async () => {
    const e = await rejectionOf(s.api.partnerAllDevices());
    expect(e.code).toBe('licence-required');
    expect(e.message).toContain('Goldpartner');
  });

  it('accepts the API key and refuses a wrong password', async () => {
    expect((await s.as('apikey').user()).Username).toBe('demo');
    const e = await rejectionOf(s.as('nobody').devices());
    expect(e.code).toBe('unauthorized');
    expect(e.message).not.toContain('nobody:nobody');
  });
});
