/** The grants an OAuth client may use; smart-me's "Device" apps get client_credentials only. */
export type GrantType =
  | 'authorization_code'
  | 'refresh_token'
  | 'client_credentials'
  | 'urn:ietf:params:oauth:grant-type:device_code';

/** The device-code grant's registered name (RFC 8628 §3.4). */
export const DEVICE_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:device_code';

/**
 * One registered OAuth application, as smart-me's portal registers them: public (no secret), confidential
 * (secret) or device (secret, client_credentials only). `accountId` owns client_credentials tokens.
 */
export interface OAuthClientConfig {
  id: string;
  type: 'public' | 'confidential' | 'device';
  secret?: string;
  name?: string;
  redirectUris: string[];
  grants: GrantType[];
  /** Scopes this client may ask for; all known scopes when absent. */
  scopes?: string[];
  accountId?: number;
}

const INTERACTIVE: GrantType[] = ['authorization_code', 'refresh_token', DEVICE_CODE_GRANT];

/**
 * The demo applications every simulator has, matching what `meterscope sim` prints: one of each smart-me
 * application type, so every login flow can be tried without registering anything.
 */
export function demoClients(accountId?: number): OAuthClientConfig[] {
  const loopback = ['http://127.0.0.1/callback', 'http://localhost/callback'];
  return [
    {
      id: 'meterscope-demo',
      type: 'public',
      name: 'Meterscope',
      redirectUris: loopback,
      grants: INTERACTIVE,
    },
    {
      id: 'meterscope-confidential',
      type: 'confidential',
      secret: 'meterscope-secret',
      name: 'Meterscope (confidential)',
      redirectUris: loopback,
      grants: INTERACTIVE,
    },
    {
      id: 'meterscope-device',
      type: 'device',
      secret: 'meterscope-device-secret',
      name: 'Meterscope device',
      redirectUris: [],
      grants: ['client_credentials'],
      ...(accountId === undefined ? {} : { accountId }),
    },
  ];
}
