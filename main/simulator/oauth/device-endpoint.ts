import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateClient } from './client-auth.ts';
import { DEVICE_CODE_GRANT } from './clients.ts';
import { baseUrlOf, type OAuthContext } from './context.ts';
import { readForm, sendJson } from './http-io.ts';
import { OAuthError } from './oauth-error.ts';
import { parseScopes } from './scopes.ts';

/**
 * POST /oauth/device (RFC 8628 §3.1-3.2): starts a device authorization and tells the client what to show the
 * person (user code, verification URI) and how often it may poll.
 */
export async function deviceEndpoint(
  ctx: OAuthContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const form = await readForm(req);
  const client = authenticateClient(req, form, ctx.clients);
  if (!client.grants.includes(DEVICE_CODE_GRANT)) {
    throw new OAuthError('unauthorized_client', `${client.id} may not use the device code flow.`);
  }
  const scopes = parseScopes(form.get('scope'), client.scopes);
  const started = ctx.devices.start(client.id, scopes);
  const verificationUri = `${baseUrlOf(ctx, req.headers.host)}/oauth/verify`;
  sendJson(res, 200, {
    device_code: started.deviceCode,
    user_code: started.userCode,
    verification_uri: verificationUri,
    verification_uri_complete: `${verificationUri}?user_code=${encodeURIComponent(started.userCode)}`,
    expires_in: started.expiresIn,
    interval: started.interval,
  });
}
