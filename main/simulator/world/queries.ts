import { SimHttpError } from '../http/reply.ts';
import type { SimAccount, SimDevice, SimGateway, World } from './types.ts';

/** Every device of one account, in generation order (the order GET /Devices lists them). */
export function accountDevices(world: World, accountId: number): SimDevice[] {
  return [...world.devices.values()].filter((d) => d.accountId === accountId);
}

/** The customer accounts assigned to a Goldpartner. */
export function partnerCustomers(world: World, partnerId: number): SimAccount[] {
  return world.accounts.filter((a) => a.partnerId === partnerId);
}

/** Devices of every customer of a Goldpartner (what PartnerAllDevices lists). */
export function partnerDevices(world: World, partnerId: number): SimDevice[] {
  const customers = new Set(partnerCustomers(world, partnerId).map((a) => a.id));
  return [...world.devices.values()].filter((d) => customers.has(d.accountId));
}

/** A device by id if `accountIds` may see it; another account's device is "not found", not "forbidden". */
export function visibleDevice(world: World, accountIds: ReadonlySet<number>, id: string): SimDevice {
  const device = world.devices.get(id.toLowerCase());
  if (!device || !accountIds.has(device.accountId)) {
    throw new SimHttpError(404, 'device-not-found', `No device with id ${id} in this account.`);
  }
  return device;
}

/** A device of the caller's own account, or a 404. */
export function ownDevice(world: World, account: SimAccount, id: string): SimDevice {
  return visibleDevice(world, new Set([account.id]), id);
}

/** A device of one of the partner's customers, or a 404 that says so. */
export function partnerDevice(world: World, partner: SimAccount, id: string): SimDevice {
  const ids = new Set(partnerCustomers(world, partner.id).map((a) => a.id));
  return visibleDevice(world, ids, id);
}

/** An M-Bus gateway of the caller's account, or a 404 that says the id is not a gateway. */
export function ownGateway(world: World, account: SimAccount, id: string): SimGateway {
  const gateway = world.gateways.get(id.toLowerCase());
  const device = gateway && world.devices.get(gateway.id);
  if (!gateway || !device || device.accountId !== account.id) {
    throw new SimHttpError(404, 'gateway-not-found', `No M-Bus gateway with id ${id} in this account.`);
  }
  return gateway;
}
