import {
  MBusGatewaySchema,
  MBusMeterSchema,
  type MBusGatewayDto,
  type MBusGatewayPutDto,
  type MBusMeterDto,
  type MBusMeterPostAndPutDto,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { seg, type CallOptions } from './call-options.ts';

/** The M-Bus gateway endpoints (smartme-api.md §3.4). `index` is the meter's position in the gateway list. */
export function mbusGatewayEndpoints(client: ApiClient) {
  const base = (id: string) => `/gateway/mbus/${seg(id)}`;
  return {
    /** GET /gateway/mbus/{id}: state, readout interval, last contact and every meter definition. */
    gateway: (id: string, o: CallOptions = {}): Promise<MBusGatewayDto> =>
      client.request({ method: 'GET', path: base(id), schema: MBusGatewaySchema, ...o }),

    /** PUT /gateway/mbus/{id}: name, readout interval and whether the gateway may add meters. */
    putGateway: (id: string, body: MBusGatewayPutDto, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'PUT', path: base(id), body, ...o }),

    /** DELETE /gateway/mbus/{id}: removes the gateway; its meters stay. */
    deleteGateway: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'DELETE', path: base(id), ...o }),

    /** POST /gateway/mbus/{id}/search: start a bus search (the gateway shows SearchInProgress). */
    searchMeters: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: `${base(id)}/search`, ...o }),

    /** POST /gateway/mbus/{id}/meter: add a meter definition. */
    addMeter: (id: string, body: MBusMeterPostAndPutDto, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: `${base(id)}/meter`, body, ...o }),

    /** GET /gateway/mbus/{id}/meter/{index}: one meter definition. */
    meter: (id: string, index: number, o: CallOptions = {}): Promise<MBusMeterDto> =>
      client.request({
        method: 'GET',
        path: `${base(id)}/meter/${seg(index)}`,
        schema: MBusMeterSchema,
        ...o,
      }),

    /** PUT /gateway/mbus/{id}/meter/{index}: change a meter definition. */
    putMeter: (id: string, index: number, body: MBusMeterPostAndPutDto, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'PUT', path: `${base(id)}/meter/${seg(index)}`, body, ...o }),

    /** DELETE /gateway/mbus/{id}/meter/{index}: remove a meter definition (the meter's data stays). */
    deleteMeter: (id: string, index: number, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'DELETE', path: `${base(id)}/meter/${seg(index)}`, ...o }),

    /** DELETE /gateway/mbus/{id}/deleteallmeters: remove every meter definition; the gateway stays. */
    deleteAllMeters: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'DELETE', path: `${base(id)}/deleteallmeters`, ...o }),
  };
}
