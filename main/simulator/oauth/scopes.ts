import { OAuthError } from './oauth-error.ts';

/** smart-me's claims (smartme-api.md §2.2) plus offline_access, which alone earns a refresh token. */
export const KNOWN_SCOPES: Record<string, string> = {
  'user.read': 'Read your user account',
  'user.readwrite': 'Read and change your user account',
  'device.read': 'Read your devices and their values',
  'device.readswitch': 'Read your devices and switch their outputs',
  'device.readwrite': 'Read your devices and add or change their values',
  'auditlog.read': 'Read the audit log',
  'partner.read': 'Read partner (Goldpartner) data',
  'partner.write': 'Change partner (Goldpartner) data',
  'partner.updatefirmware': 'Update device firmware as a partner',
  'realtimeapi.read': 'Read Realtime-API registrations',
  'realtimeapi.readwrite': 'Create and delete Realtime-API registrations',
  'oauthapp.write': 'Manage OAuth applications',
  offline_access: 'Stay signed in (refresh token)',
};

/** What a client gets when it asks for no scope at all. */
export const DEFAULT_SCOPES = ['device.read'];

/**
 * Parses a space-separated scope parameter and checks every scope is known and allowed for the client.
 * Unknown or forbidden scopes are refused (`invalid_scope`) rather than silently dropped.
 */
export function parseScopes(text: string | undefined, allowed: string[] | undefined): string[] {
  const requested = (text ?? '').split(' ').filter((s) => s !== '');
  if (requested.length === 0) return [...DEFAULT_SCOPES];
  for (const scope of requested) {
    if (!(scope in KNOWN_SCOPES)) throw new OAuthError('invalid_scope', `Unknown scope "${scope}".`);
    if (allowed && !allowed.includes(scope)) {
      throw new OAuthError('invalid_scope', `This application may not ask for "${scope}".`);
    }
  }
  return [...new Set(requested)];
}
