import type { RegisterRealtimeApiData } from './registrations-port.ts';
import { sameWebhookUrl } from './webhook-url.ts';

/** What to register: one meter (RegistrationType 1, by MeterId) or the whole account (RegistrationType 2). */
export type RegistrationTarget = { kind: 'device'; meterId: string } | { kind: 'account' };

/** Optional Basic credentials the cloud sends with each push; must match the listener's. */
export interface BasicAuthCredentials {
  username: string;
  password: string;
}

/** The POST body for a new registration (no Id: the cloud assigns one). */
export function registrationBody(
  target: RegistrationTarget,
  apiUrl: string,
  basicAuth?: BasicAuthCredentials,
): RegisterRealtimeApiData {
  const body: RegisterRealtimeApiData =
    target.kind === 'device'
      ? { RegistrationType: 1, MeterId: target.meterId, ApiUrl: apiUrl }
      : { RegistrationType: 2, ApiUrl: apiUrl };
  if (basicAuth) {
    body.BasicAuthUsername = basicAuth.username;
    body.BasicAuthPassword = basicAuth.password;
  }
  return body;
}

/** True when an existing registration is this target at this URL (so creating it again would duplicate it). */
export function matchesTarget(
  r: RegisterRealtimeApiData,
  target: RegistrationTarget,
  apiUrl: string,
): boolean {
  if (!sameWebhookUrl(r.ApiUrl, apiUrl)) return false;
  if (target.kind === 'account') return r.RegistrationType === 2;
  return r.RegistrationType === 1 && (r.MeterId ?? '').toLowerCase() === target.meterId.toLowerCase();
}

/** True when a registration delivers this meter's data: its own single-meter one, or an account-wide one. */
export function coversMeter(r: RegisterRealtimeApiData, meterId: string): boolean {
  if (r.RegistrationType === 2) return true;
  return r.RegistrationType === 1 && (r.MeterId ?? '').toLowerCase() === meterId.toLowerCase();
}
