import {
  AdditionalDeviceInformationSchema,
  DeviceSchema,
  DevicesSchema,
  DeviceToPostSchema,
  type AdditionalDeviceInformation,
  type Device,
  type DeviceToPost,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { seg, type CallOptions } from './call-options.ts';

/** The device endpoints (smartme-api.md §3.1): lists, lookups, REST-meter POST, details and fast-send. */
export function deviceEndpoints(client: ApiClient) {
  return {
    /** GET /Devices: every device of the account with its latest values. */
    devices: (o: CallOptions = {}): Promise<Device[]> =>
      client.request({ method: 'GET', path: '/Devices', schema: DevicesSchema, ...o }),

    /** GET /Devices/{id}: one device. */
    device: (id: string, o: CallOptions = {}): Promise<Device> =>
      client.request({ method: 'GET', path: `/Devices/${seg(id)}`, schema: DeviceSchema, ...o }),

    /** GET /DeviceBySerial?serial=: the serial is the part before the '-' on the label. */
    deviceBySerial: (serial: number, o: CallOptions = {}): Promise<Device> =>
      client.request({
        method: 'GET',
        path: '/DeviceBySerial',
        query: { serial },
        schema: DeviceSchema,
        ...o,
      }),

    /** GET /DevicesByEnergy?meterEnergyType=: e.g. 8 lists the M-Bus gateways. */
    devicesByEnergy: (meterEnergyType: number, o: CallOptions = {}): Promise<Device[]> =>
      client.request({
        method: 'GET',
        path: '/DevicesByEnergy',
        query: { meterEnergyType },
        schema: DevicesSchema,
        ...o,
      }),

    /** GET /DevicesBySubType?meterSubType=. */
    devicesBySubType: (meterSubType: number, o: CallOptions = {}): Promise<Device[]> =>
      client.request({
        method: 'GET',
        path: '/DevicesBySubType',
        query: { meterSubType },
        schema: DevicesSchema,
        ...o,
      }),

    /** POST /Devices: create a REST meter (Id empty, DeviceEnergyType set) or post new values (Id set). */
    postDevice: (body: DeviceToPost, o: CallOptions = {}): Promise<DeviceToPost> =>
      client.request({ method: 'POST', path: '/Devices', body, schema: DeviceToPostSchema, ...o }),

    /**
     * PUT /Devices/{id}?switchState=&switchNumber=: the deprecated way to switch a phase (1 = L1 … 3 = L3);
     * kept for old installations. Prefer postActions.
     */
    switchDevice: (
      id: string,
      switchState: boolean,
      switchNumber?: number,
      o: CallOptions = {},
    ): Promise<void> =>
      client.request({
        method: 'PUT',
        path: `/Devices/${seg(id)}`,
        query: { switchState, switchNumber },
        ...o,
      }),

    /** GET /AdditionalDeviceInformation/{id}: firmware, hardware, network and RSSI. */
    additionalDeviceInformation: (id: string, o: CallOptions = {}): Promise<AdditionalDeviceInformation> =>
      client.request({
        method: 'GET',
        path: `/AdditionalDeviceInformation/${seg(id)}`,
        schema: AdditionalDeviceInformationSchema,
        ...o,
      }),

    /** GET /FastSendDeviceValues/{id}: the device sends every second for about 30 s. Don't call it in a loop. */
    fastSendDeviceValues: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'GET', path: `/FastSendDeviceValues/${seg(id)}`, ...o }),
  };
}
