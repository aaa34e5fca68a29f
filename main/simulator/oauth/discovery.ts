import { DEVICE_CODE_GRANT } from './clients.ts';
import { KNOWN_SCOPES } from './scopes.ts';

/**
 * The /.well-known/openid-configuration document (RFC 8414 fields), so clients that discover endpoints find
 * the same ones smart-me publishes, plus device authorization and the PKCE methods.
 */
export function discoveryDocument(base: string): Record<string, unknown> {
  return {
    issuer: base,
    authorization_endpoint: `${base}/oauth/authorize`,
    token_endpoint: `${base}/oauth/token`,
    device_authorization_endpoint: `${base}/oauth/device`,
    response_types_supported: ['code'],
    response_modes_supported: ['query'],
    grant_types_supported: ['authorization_code', 'refresh_token', 'client_credentials', DEVICE_CODE_GRANT],
    code_challenge_methods_supported: ['S256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'none'],
    scopes_supported: Object.keys(KNOWN_SCOPES),
  };
}
