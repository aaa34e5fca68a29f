import { describe, expect, it } from 'vitest';
import type { PartnerDeviceInformation, User } from '../../../shared/api/index.ts';
import { defaultThresholds } from '../../../main/services/fleet/derive-states.ts';
import { findCustomer, groupPartnerFleet } from '../../../main/services/partner/partner-fleet.ts';
import { partnerView } from '../../../main/services/partner/partner-view.ts';

const NOW = Date.parse('2026-11-26T12:00:00Z');
const ago = (minutes: number) => new Date(NOW - minutes * 60_000).toISOString();

const users: User[] = [
  { Id: 2001, Username: 'alpha' },
  { Id: 2002, Username: 'bravo' },
  { Id: 2003, Username: 'charlie' },
];

let n = 0;
function row(
  userId: number,
  name: string,
  minutesAgo: number | null,
  more: Partial<PartnerDeviceInformation> = {},
) {
  n += 1;
  return {
    Id: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
    Serial: 1000 + n,
    Name: name,
    UserId: userId,
    Username: users.find((u) => u.Id === userId)?.Username ?? 'someone',
    ...(minutesAgo === null ? {} : { ValueDate: ago(minutesAgo) }),
    ...more,
  } satisfies PartnerDeviceInformation;
}

describe('groupPartnerFleet', () => {
  it('puts customers with offline devices first, most offline first, and offline devices first', () => {
    const rows = [
      row(2001, 'A online', 1),
      row(2002, 'B quiet', 20),
      row(2002, 'B fine', 2),
      row(2003, 'C never', null),
      row(2003, 'C quiet', 16),
      row(2003, 'C fine', 0),
    ];
    const customers = groupPartnerFleet(users, rows, NOW);
    expect(customers.map((c) => [c.username, c.deviceCount, c.offlineCount])).toEqual([
      ['charlie', 3, 2],
      ['bravo', 2, 1],
      ['alpha', 1, 0],
    ]);
    expect(customers[0]!.devices.map((d) => [d.Name, d.online])).toEqual([
      ['C never', false],
      ['C quiet', false],
      ['C fine', true],
    ]);
  });

  it('uses the 15-minute rule of the fleet, or the thresholds it is given', () => {
    const rows = [row(2001, 'just under', 14.9), row(2001, 'just over', 15.1)];
    const online = (t = defaultThresholds) =>
      groupPartnerFleet(users, rows, NOW, t)
        .find((c) => c.userId === 2001)!
        .devices.map((d) => [d.Name, d.online]);
    expect(online()).toEqual([
      ['just over', false],
      ['just under', true],
    ]);
    expect(online({ ...defaultThresholds, onlineWithinMs: 60 * 60_000 })).toEqual([
      ['just over', true],
      ['just under', true],
    ]);
  });

  it('lists a customer without devices, and a device whose owner is missing from the user list', () => {
    const stray = row(4711, 'stray', 1, { Username: 'late-signup' });
    const customers = groupPartnerFleet(users.slice(0, 1), [stray], NOW);
    expect(customers.map((c) => [c.userId, c.username, c.deviceCount])).toEqual([
      [2001, 'alpha', 0],
      [4711, 'late-signup', 1],
    ]);
  });

  it('keeps every field the cloud sent next to the derived state', () => {
    const r = row(2001, 'radio', 1, {
      NetworkConnection: 'wifi',
      NetworkConnectionRSSI: 25,
      FirmwareVersion: 77,
    });
    const [customer] = groupPartnerFleet(users.slice(0, 1), [r], NOW);
    expect(customer!.devices[0]).toEqual({ ...r, online: true });
  });
});

describe('findCustomer', () => {
  const customers = groupPartnerFleet(users, [], NOW);
  it('finds a customer by user id or by name, ignoring case and spaces', () => {
    expect(findCustomer(customers, '2002')?.username).toBe('bravo');
    expect(findCustomer(customers, ' Charlie ')?.userId).toBe(2003);
  });
  it('finds nothing for an unknown name or id', () => {
    expect(findCustomer(customers, 'delta')).toBeUndefined();
    expect(findCustomer(customers, '9999')).toBeUndefined();
  });
});

describe('partnerView', () => {
  it('gives the view camelCase rows with the RSSI band and nulls for what the cloud left out', () => {
    const r = row(2001, 'radio', 30, {
      NetworkConnection: 'wifi',
      NetworkConnectionRSSI: 25,
      FirmwareVersion: 77,
    });
    const bare = { Id: '00000000-0000-0000-0000-0000000000ff', UserId: 2001 };
    const fleet = {
      loadedAt: new Date(NOW).toISOString(),
      customers: groupPartnerFleet(users, [r, bare], NOW),
    };
    const view = partnerView(fleet, 'http://127.0.0.1:1');
    expect(view.customers[0]).toMatchObject({ userId: 2001, deviceCount: 2, offlineCount: 2 });
    expect(view.customers[0]!.devices).toContainEqual({
      id: r.Id,
      serial: r.Serial,
      name: 'radio',
      energyType: null,
      firmwareVersion: 77,
      hardwareVersion: null,
      network: 'wifi',
      rssi: 25,
      rssiBand: 'weak',
      valueDate: r.ValueDate,
      online: false,
    });
    expect(view.customers[0]!.devices).toContainEqual(
      expect.objectContaining({ id: bare.Id, serial: null, name: null, rssiBand: null, online: false }),
    );
  });
});
