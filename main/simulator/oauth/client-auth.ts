import type { IncomingMessage } from 'node:http';
import { secretEquals } from './accounts.ts';
import type { OAuthClientConfig } from './clients.ts';
import { OAuthError } from './oauth-error.ts';

/**
 * Identifies and authenticates the client of a token or device request (RFC 6749 §2.3): HTTP Basic
 * (`client_secret_basic`, with the form-urlencoded id and secret of §2.3.1), `client_secret_post`, or only
 * `client_id` for public clients. Failures are `invalid_client` (401) and never echo a secret.
 */
export function authenticateClient(
  req: IncomingMessage,
  form: Map<string, string>,
  clients: Map<string, OAuthClientConfig>,
): OAuthClientConfig {
  const basic = parseBasic(req.headers.authorization);
  const postSecret = form.get('client_secret');
  if (basic && postSecret !== undefined) {
    throw new OAuthError(
      'invalid_request',
      'Send the client secret either by HTTP Basic or in the form, not both.',
    );
  }
  const formId = form.get('client_id');
  if (basic && formId !== undefined && formId !== basic.id) {
    throw new OAuthError('invalid_request', 'client_id in the form differs from the HTTP Basic user.');
  }
  const id = basic?.id ?? formId;
  if (!id) throw new OAuthError('invalid_client', 'No client_id was sent.', 401);
  const client = clients.get(id);
  if (!client) throw new OAuthError('invalid_client', `Unknown application "${id}".`, 401);
  const secret = basic?.secret ?? postSecret;
  if (client.type === 'public') {
    if (secret) throw new OAuthError('invalid_client', 'A public application has no secret.', 401);
    return client;
  }
  if (secret === undefined || !client.secret || !secretEquals(secret, client.secret)) {
    throw new OAuthError('invalid_client', `Wrong or missing client secret for "${id}".`, 401);
  }
  return client;
}

function parseBasic(header: string | undefined): { id: string; secret: string } | undefined {
  if (!header || !/^basic /i.test(header)) return undefined;
  const decoded = Buffer.from(header.slice(6).trim(), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) throw new OAuthError('invalid_client', 'The HTTP Basic credentials are malformed.', 401);
  try {
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    throw new OAuthError('invalid_client', 'The HTTP Basic credentials are malformed.', 401);
  }
}

function formDecode(s: string): string {
  return decodeURIComponent(s.replace(/\+/g, ' '));
}
