import type {
  PartnerCustomerView,
  PartnerDeviceRow,
  PartnerView,
} from '../../../shared/contract/calls/partner.ts';
import { rssiBand } from '../fleet/rssi-band.ts';
import type { PartnerFleet } from './load-partner-fleet.ts';
import type { PartnerCustomer, PartnerDevice } from './partner-fleet.ts';

/** A partner device as the Customers view shows it: only its columns, camelCase, absent values as null. */
export function partnerDeviceRow(d: PartnerDevice): PartnerDeviceRow {
  return {
    id: d.Id,
    serial: d.Serial ?? null,
    name: d.Name ?? null,
    energyType: d.DeviceEnergyType ?? null,
    firmwareVersion: d.FirmwareVersion ?? null,
    hardwareVersion: d.HardwareVersion ?? null,
    network: d.NetworkConnection ?? null,
    rssi: d.NetworkConnectionRSSI ?? null,
    rssiBand: rssiBand(d.NetworkConnectionRSSI) ?? null,
    valueDate: d.ValueDate ?? null,
    online: d.online,
  };
}

/** A customer for the contract: the same grouping and order the CLI prints. */
export function partnerCustomerView(c: PartnerCustomer): PartnerCustomerView {
  return { ...c, devices: c.devices.map(partnerDeviceRow) };
}

/** What `partner:load` answers for a loaded partner fleet on `server`. */
export function partnerView(fleet: PartnerFleet, server: string): PartnerView {
  return { loadedAt: fleet.loadedAt, server, customers: fleet.customers.map(partnerCustomerView) };
}
