import type { PartnerDeviceInformation, User } from '../../../shared/api/index.ts';
import { defaultThresholds, isOnline, type FleetThresholds } from '../fleet/derive-states.ts';

/** A customer's device as the partner endpoints report it, with the online state the fleet rules give it. */
export type PartnerDevice = PartnerDeviceInformation & { online: boolean };

/** One customer account of a Goldpartner with its devices (offline first) and how many are offline. */
export interface PartnerCustomer {
  userId: number;
  username: string | null;
  devices: PartnerDevice[];
  deviceCount: number;
  offlineCount: number;
}

/** Offline first (what support looks for), then by name, then by serial. */
function byOfflineThenName(a: PartnerDevice, b: PartnerDevice): number {
  return (
    Number(a.online) - Number(b.online) ||
    (a.Name ?? '').localeCompare(b.Name ?? '') ||
    (a.Serial ?? 0) - (b.Serial ?? 0)
  );
}

/** Customers with offline devices first (most offline first), then by user name, then by id. */
function byOfflineCustomers(a: PartnerCustomer, b: PartnerCustomer): number {
  return (
    b.offlineCount - a.offlineCount ||
    (a.username ?? '').localeCompare(b.username ?? '') ||
    a.userId - b.userId
  );
}

/**
 * Groups the partner's device rows by customer, so support sees whose installation has trouble before opening
 * it. Every customer from `/partner/user` is listed, also one without devices; a device whose owner is not in
 * that list still shows up under its own UserId (the cloud's two lists can disagree for a moment). Online uses
 * the same 15-minute rule as the fleet views, so both views agree on what "offline" means.
 */
export function groupPartnerFleet(
  users: readonly User[],
  rows: readonly PartnerDeviceInformation[],
  nowMs: number,
  thresholds: FleetThresholds = defaultThresholds,
): PartnerCustomer[] {
  const groups = new Map<number, { username: string | null; devices: PartnerDevice[] }>();
  for (const u of users) groups.set(u.Id, { username: u.Username ?? null, devices: [] });
  const unknownOwner = -1;
  for (const row of rows) {
    const userId = row.UserId ?? unknownOwner;
    let group = groups.get(userId);
    if (!group) {
      group = { username: row.Username ?? null, devices: [] };
      groups.set(userId, group);
    }
    group.devices.push({ ...row, online: isOnline(row.ValueDate, nowMs, thresholds) });
  }
  return [...groups].map(([userId, g]) => customerOf(userId, g.username, g.devices)).sort(byOfflineCustomers);
}

function customerOf(userId: number, username: string | null, devices: PartnerDevice[]): PartnerCustomer {
  const sorted = devices.sort(byOfflineThenName);
  const offlineCount = sorted.filter((d) => !d.online).length;
  return { userId, username, devices: sorted, deviceCount: sorted.length, offlineCount };
}

/**
 * The customer a support person named: by user id (digits) or by user name, ignoring case. Undefined when no
 * customer matches, so the caller can list the names there are.
 */
export function findCustomer(
  customers: readonly PartnerCustomer[],
  nameOrId: string,
): PartnerCustomer | undefined {
  const wanted = nameOrId.trim();
  if (/^\d+$/.test(wanted)) {
    const byId = customers.find((c) => c.userId === Number(wanted));
    if (byId) return byId;
  }
  const lower = wanted.toLowerCase();
  return customers.find((c) => (c.username ?? '').toLowerCase() === lower);
}
