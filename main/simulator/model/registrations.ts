import { RegisterRealtimeApiDataSchema, type RegisterRealtimeApiData } from '../../../shared/api/index.ts';
import { parseBody } from '../http/parse-body.ts';
import { SimHttpError } from '../http/reply.ts';
import type { Simulation } from '../simulation.ts';
import { EMPTY_GUID, randomGuid } from '../world/guid.ts';
import { accountDevices } from '../world/queries.ts';
import type { SimAccount, SimDevice, SimRegistration, World } from '../world/types.ts';

/** A registration as GET /RegisterForRealtimeApi lists it (the password is echoed, as the API does). */
export function registrationJson(r: SimRegistration): RegisterRealtimeApiData {
  return {
    Id: r.id,
    RegistrationType: r.registrationType,
    MeterId: r.meterId,
    SerialNumber: r.serialNumber,
    ApiUrl: r.apiUrl,
    BasicAuthUsername: r.basicAuthUsername || undefined,
    BasicAuthPassword: r.basicAuthPassword || undefined,
  };
}

/** The digits of a serial as users type it ("1 SME 01 63000000" → 16301 63000000 → 63000000 also matches). */
function serialMatches(device: SimDevice, text: string): boolean {
  const digits = text.replace(/\D/g, '');
  return digits.length > 0 && (digits === String(device.serial) || digits.endsWith(String(device.serial)));
}

/** The devices a registration pushes for: its one meter, or every reporting device of the account. */
export function registrationDevices(world: World, r: SimRegistration): SimDevice[] {
  if (r.registrationType === 2) return accountDevices(world, r.accountId).filter((d) => d.kind !== 'gateway');
  if (r.registrationType !== 1) return [];
  const own = accountDevices(world, r.accountId);
  const byId = r.meterId ? own.find((d) => d.id === r.meterId) : undefined;
  const device =
    byId ?? (r.serialNumber ? own.find((d) => serialMatches(d, r.serialNumber ?? '')) : undefined);
  return device ? [device] : [];
}

function validUrl(text: string | null | undefined): string {
  try {
    const url = new URL(text ?? '');
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.toString();
  } catch {
    // fall through to the explanation below
  }
  throw new SimHttpError(400, 'bad-api-url', `ApiUrl must be an http(s) URL, got '${text ?? ''}'.`);
}

/**
 * POST /RegisterForRealtimeApi: creates (Id empty) or updates (Id of an existing registration) a
 * webhook. A single-meter registration must name a device of the account by MeterId or SerialNumber.
 */
export function upsertRegistration(sim: Simulation, account: SimAccount, raw: unknown): SimRegistration {
  const body = parseBody(RegisterRealtimeApiDataSchema, raw, 'bad-registration', 'a RegisterRealtimeApiData');
  const type = body.RegistrationType ?? 2;
  if (![0, 1, 2].includes(type)) {
    throw new SimHttpError(
      400,
      'bad-registration',
      'RegistrationType must be 0, 1 (one meter) or 2 (whole account).',
    );
  }
  const isNew = !body.Id || body.Id === EMPTY_GUID;
  const existing = isNew
    ? undefined
    : sim.world.registrations.find((r) => r.id === body.Id?.toLowerCase() && r.accountId === account.id);
  if (!isNew && !existing)
    throw new SimHttpError(404, 'registration-not-found', `No registration with id ${body.Id}.`);
  const registration: SimRegistration = {
    id: existing?.id ?? randomGuid(sim.random),
    accountId: account.id,
    registrationType: type,
    meterId: body.MeterId?.toLowerCase() || undefined,
    serialNumber: body.SerialNumber || undefined,
    apiUrl: validUrl(body.ApiUrl),
    basicAuthUsername: body.BasicAuthUsername || undefined,
    basicAuthPassword: body.BasicAuthPassword || undefined,
  };
  if (type === 1 && registrationDevices(sim.world, registration).length === 0) {
    throw new SimHttpError(
      400,
      'meter-not-found',
      'A single-meter registration needs the MeterId or SerialNumber of a device in this account.',
    );
  }
  if (existing) Object.assign(existing, registration);
  else sim.world.registrations.push(registration);
  sim.changed();
  return existing ?? registration;
}
