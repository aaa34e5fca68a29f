import type { PartnerCustomerView, PartnerDeviceRow } from '../../../shared/contract/calls/partner.ts';

/** A customer as the list shows it after a search: the customer and those of its devices that matched. */
export interface CustomerMatch {
  customer: PartnerCustomerView;
  devices: PartnerDeviceRow[];
}

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);
const hasAll = (text: string, ws: readonly string[]) => ws.every((w) => text.includes(w));

/**
 * The customers a support person is looking for, in their order. Every word of the query must appear: in the
 * customer's name or user id (then all of its devices are shown), or else in a device's serial or name
 * together with the customer's (then only those devices). "customer2 4711" finds device 4711 of customer2.
 */
export function searchCustomers(customers: readonly PartnerCustomerView[], query: string): CustomerMatch[] {
  const ws = words(query);
  if (ws.length === 0) return customers.map((customer) => ({ customer, devices: customer.devices }));
  const matches: CustomerMatch[] = [];
  for (const customer of customers) {
    const who = `${customer.username ?? ''} ${customer.userId}`.toLowerCase();
    if (hasAll(who, ws)) {
      matches.push({ customer, devices: customer.devices });
      continue;
    }
    const devices = customer.devices.filter((d) =>
      hasAll(`${who} ${d.serial ?? ''} ${d.name ?? ''}`.toLowerCase(), ws),
    );
    if (devices.length > 0) matches.push({ customer, devices });
  }
  return matches;
}

/**
 * The customer whose devices are shown: the one picked, while the search still shows it; else the only one
 * the search left, so typing a serial opens its customer at once; else none.
 */
export function shownCustomer(
  matches: readonly CustomerMatch[],
  picked: number | null,
): CustomerMatch | null {
  const chosen = matches.find((m) => m.customer.userId === picked);
  if (chosen) return chosen;
  return matches.length === 1 ? matches[0]! : null;
}

/** Customers, devices and offline devices in a list, for the line above it. */
export function totals(matches: readonly CustomerMatch[]): {
  customers: number;
  devices: number;
  offline: number;
} {
  let devices = 0;
  let offline = 0;
  for (const m of matches) {
    devices += m.devices.length;
    offline += m.devices.filter((d) => !d.online).length;
  }
  return { customers: matches.length, devices, offline };
}
