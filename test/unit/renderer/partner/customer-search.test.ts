import { describe, expect, it } from 'vitest';
import type { PartnerCustomerView, PartnerDeviceRow } from '../../../../shared/contract/calls/partner.ts';
import {
  searchCustomers,
  shownCustomer,
  totals,
} from '../../../../renderer/features/partner/customer-search.ts';

function device(serial: number, name: string, online = true): PartnerDeviceRow {
  return {
    id: `id-${serial}`,
    serial,
    name,
    energyType: 1,
    firmwareVersion: 100,
    hardwareVersion: 3,
    network: 'wifi',
    rssi: 50,
    rssiBand: 'good',
    valueDate: '2026-11-26T12:00:00Z',
    online,
  };
}

function customer(userId: number, username: string, devices: PartnerDeviceRow[]): PartnerCustomerView {
  const offlineCount = devices.filter((d) => !d.online).length;
  return { userId, username, devices, deviceCount: devices.length, offlineCount };
}

const customers = [
  customer(2002, 'Müller AG', [device(4711, 'Wohnung 1.OG links', false), device(4712, 'Wärmepumpe')]),
  customer(2001, 'customer1', [device(1001, 'Wohnung 1.OG links'), device(1002, 'Garage')]),
  customer(2003, 'customer3', []),
];

const names = (query: string) =>
  searchCustomers(customers, query).map((m) => [m.customer.username, m.devices.map((d) => d.serial)]);

describe('searchCustomers', () => {
  it('shows everything, in the order main sorted it, for an empty query', () => {
    expect(names('  ')).toEqual([
      ['Müller AG', [4711, 4712]],
      ['customer1', [1001, 1002]],
      ['customer3', []],
    ]);
  });

  it('finds a customer by name (any case) or user id, with all its devices', () => {
    expect(names('müller')).toEqual([['Müller AG', [4711, 4712]]]);
    expect(names('2001')).toEqual([['customer1', [1001, 1002]]]);
  });

  it('finds devices by serial or name and shows only those under their customer', () => {
    expect(names('4712')).toEqual([['Müller AG', [4712]]]);
    expect(names('1.og links')).toEqual([
      ['Müller AG', [4711]],
      ['customer1', [1001]],
    ]);
  });

  it('needs every word, across customer and device', () => {
    expect(names('customer1 links')).toEqual([['customer1', [1001]]]);
    expect(names('customer3 links')).toEqual([]);
  });
});

describe('shownCustomer', () => {
  it('keeps the picked customer while the search still lists it', () => {
    expect(shownCustomer(searchCustomers(customers, ''), 2001)?.customer.username).toBe('customer1');
    expect(shownCustomer(searchCustomers(customers, 'links'), 2001)?.devices.map((d) => d.serial)).toEqual([
      1001,
    ]);
  });

  it('opens the only customer a search leaves, and none while several are listed and none is picked', () => {
    expect(shownCustomer(searchCustomers(customers, '4711'), null)?.customer.userId).toBe(2002);
    expect(shownCustomer(searchCustomers(customers, '4711'), 2001)?.customer.userId).toBe(2002);
    expect(shownCustomer(searchCustomers(customers, ''), null)).toBeNull();
  });
});

describe('totals', () => {
  it('counts the customers, devices and offline devices the list shows', () => {
    expect(totals(searchCustomers(customers, ''))).toEqual({ customers: 3, devices: 4, offline: 1 });
    expect(totals(searchCustomers(customers, 'garage'))).toEqual({ customers: 1, devices: 1, offline: 0 });
  });
});
