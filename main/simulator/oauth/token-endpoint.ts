import type { IncomingMessage, ServerResponse } from 'node:http';
import { authenticateClient } from './client-auth.ts';
import { DEVICE_CODE_GRANT, type GrantType, type OAuthClientConfig } from './clients.ts';
import type { OAuthContext } from './context.ts';
import { readForm, sendJson } from './http-io.ts';
import { OAuthError } from './oauth-error.ts';
import { parseScopes } from './scopes.ts';
import type { TokenResponse } from './token-issuer.ts';

type Grant = (ctx: OAuthContext, client: OAuthClientConfig, form: Map<string, string>) => TokenResponse;

const GRANTS: Record<GrantType, Grant> = {
  authorization_code: (ctx, client, form) => {
    const { grant, remember } = ctx.codes.redeem(
      {
        code: required(form, 'code'),
        clientId: client.id,
        redirectUri: form.get('redirect_uri'),
        codeVerifier: form.get('code_verifier'),
      },
      (family) => ctx.tokens.revoke(family),
    );
    const { response, family } = ctx.tokens.issue(grant);
    remember(family);
    return response;
  },
  refresh_token: (ctx, client, form) => {
    const scope = form.get('scope');
    const requested = scope === undefined ? undefined : parseScopes(scope, client.scopes);
    return ctx.tokens.rotate(required(form, 'refresh_token'), client.id, requested);
  },
  client_credentials: (ctx, client, form) => {
    const scopes = parseScopes(form.get('scope'), client.scopes).filter((s) => s !== 'offline_access');
    const accountId = client.accountId ?? ctx.accounts[0]?.id;
    if (accountId === undefined)
      throw new OAuthError('invalid_client', 'This application has no account.', 401);
    return ctx.tokens.issue({ clientId: client.id, accountId, scopes }).response;
  },
  [DEVICE_CODE_GRANT]: (ctx, client, form) => {
    const { accountId, scopes } = ctx.devices.poll(required(form, 'device_code'), client.id);
    return ctx.tokens.issue({ clientId: client.id, accountId, scopes }).response;
  },
};

/**
 * POST /oauth/token: authenticates the client, checks it may use the grant and runs it. Answers 200 with the
 * tokens or an RFC 6749 §5.2 error; both uncacheable. Errors are thrown to the caller, which formats them.
 */
export async function tokenEndpoint(
  ctx: OAuthContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const form = await readForm(req);
  const client = authenticateClient(req, form, ctx.clients);
  const grantType = required(form, 'grant_type');
  const grant = Object.hasOwn(GRANTS, grantType) ? GRANTS[grantType as GrantType] : undefined;
  if (!grant)
    throw new OAuthError('unsupported_grant_type', `The grant type "${grantType}" is not supported.`);
  if (!client.grants.includes(grantType as GrantType)) {
    throw new OAuthError('unauthorized_client', `${client.id} may not use the ${grantType} grant.`);
  }
  sendJson(res, 200, grant(ctx, client, form));
}

/** A form parameter that must be there (`invalid_request` otherwise). */
export function required(form: Map<string, string>, name: string): string {
  const value = form.get(name);
  if (value === undefined || value === '')
    throw new OAuthError('invalid_request', `The parameter "${name}" is missing.`);
  return value;
}
