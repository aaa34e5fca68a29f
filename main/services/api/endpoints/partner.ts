import {
  DevicesSchema,
  FirmwareUpdateResultListSchema,
  FolderMenuConfigurationSchema,
  PartnerDeviceInformationListSchema,
  PartnerDeviceInformationSchema,
  UsersSchema,
  ValuesDataListSchema,
  VisualizationConfigurationSchema,
  type Device,
  type FirmwareUpdateResult,
  type FolderMenuConfiguration,
  type PartnerDeviceInformation,
  type PartnerUserUpdate,
  type SignUpPartner,
  type UpdateFirmwarePartner,
  type User,
  type ValuesData,
  type VisualizationConfiguration,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { seg, type CallOptions } from './call-options.ts';
import { historyQuery, type HistoryRange } from './values.ts';

/**
 * The Goldpartner endpoints (smartme-api.md §3.11), for support staff looking at customer accounts. All need a
 * Goldpartner licence; smart-me documents no schemas, so the shapes are the lenient ones from shared/api.
 */
export function partnerEndpoints(client: ApiClient) {
  return {
    /** GET /PartnerAllDevices: every device assigned to the partner. */
    partnerAllDevices: (o: CallOptions = {}): Promise<Device[]> =>
      client.request({ method: 'GET', path: '/PartnerAllDevices', schema: DevicesSchema, ...o }),

    /** GET /PartnerAllDevices/{userId}: the devices of one customer account. */
    partnerDevicesOfUser: (userId: number | string, o: CallOptions = {}): Promise<Device[]> =>
      client.request({
        method: 'GET',
        path: `/PartnerAllDevices/${seg(userId)}`,
        schema: DevicesSchema,
        ...o,
      }),

    /** GET /PartnerAllDeviceInformations: owner, firmware and network of every partner device. */
    partnerDeviceInformations: (o: CallOptions = {}): Promise<PartnerDeviceInformation[]> =>
      client.request({
        method: 'GET',
        path: '/PartnerAllDeviceInformations',
        schema: PartnerDeviceInformationListSchema,
        ...o,
      }),

    /** GET /PartnerAllDeviceInformations/{id}: the same for one device. */
    partnerDeviceInformation: (id: string, o: CallOptions = {}): Promise<PartnerDeviceInformation> =>
      client.request({
        method: 'GET',
        path: `/PartnerAllDeviceInformations/${seg(id)}`,
        schema: PartnerDeviceInformationSchema,
        ...o,
      }),

    /** GET /partner/fastsenddevicevalues?id=: a customer's device sends every second for about 30 s. */
    partnerFastSendDeviceValues: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'GET', path: '/partner/fastsenddevicevalues', query: { id }, ...o }),

    /** GET /partner/foldermenu/{userId}: a customer's folder tree. */
    partnerFolderMenu: (userId: number | string, o: CallOptions = {}): Promise<FolderMenuConfiguration> =>
      client.request({
        method: 'GET',
        path: `/partner/foldermenu/${seg(userId)}`,
        schema: FolderMenuConfigurationSchema,
        ...o,
      }),

    /** POST /partner/foldermenu/{userId}: REPLACES the customer's whole folder configuration. */
    postPartnerFolderMenu: (
      userId: number | string,
      body: FolderMenuConfiguration,
      o: CallOptions = {},
    ): Promise<void> =>
      client.request({ method: 'POST', path: `/partner/foldermenu/${seg(userId)}`, body, ...o }),

    /** GET /partner/user: every customer account of the partner. */
    partnerUsers: (o: CallOptions = {}): Promise<User[]> =>
      client.request({ method: 'GET', path: '/partner/user', schema: UsersSchema, ...o }),

    /** POST /partner/user/{id}: new e-mail and/or password of a partner-created user. */
    updatePartnerUser: (id: number | string, body: PartnerUserUpdate, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: `/partner/user/${seg(id)}`, body, ...o }),

    /** POST /SignUpPartner: create a customer account assigned to the partner. */
    signUpPartner: (body: SignUpPartner, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: '/SignUpPartner', body, ...o }),

    /** GET /partner/ValuesInPastMultiple/{id}: history of a customer's device (up to 1000 snapshots). */
    partnerValuesInPastMultiple: (
      id: string,
      range: HistoryRange,
      o: CallOptions = {},
    ): Promise<ValuesData[]> =>
      client.request({
        method: 'GET',
        path: `/partner/ValuesInPastMultiple/${seg(id)}`,
        query: historyQuery(range),
        schema: ValuesDataListSchema,
        ...o,
      }),

    /** GET /partner/visualizationconfiguration/{userId}: how a customer's folders are shown. */
    partnerVisualizationConfiguration: (
      userId: number | string,
      o: CallOptions = {},
    ): Promise<VisualizationConfiguration> =>
      client.request({
        method: 'GET',
        path: `/partner/visualizationconfiguration/${seg(userId)}`,
        schema: VisualizationConfigurationSchema,
        ...o,
      }),

    /** POST /UpdateFirmwarePartner: ask the given devices to update their firmware; one result per device. */
    updateFirmwarePartner: (
      body: UpdateFirmwarePartner,
      o: CallOptions = {},
    ): Promise<FirmwareUpdateResult[]> =>
      client.request({
        method: 'POST',
        path: '/UpdateFirmwarePartner',
        body,
        schema: FirmwareUpdateResultListSchema,
        ...o,
      }),
  };
}
