import type { IncomingMessage, ServerResponse } from 'node:http';
import { checkPassword, type OAuthAccount } from './accounts.ts';
import { authorizeErrorPage, consentPage } from './authorize-page.ts';
import type { OAuthClientConfig } from './clients.ts';
import { signedInAccount, type OAuthContext } from './context.ts';
import { queryOf, readForm, requestPathname, sendHtml, sendRedirect } from './http-io.ts';
import { OAuthError } from './oauth-error.ts';
import { isS256Challenge } from './pkce.ts';
import { redirectUriAllowed } from './redirect-match.ts';
import { parseScopes } from './scopes.ts';

/**
 * GET /oauth/authorize: checks the request and shows the consent page. An unknown client or an unregistered
 * redirect URI gets an error page (never a redirect to an untrusted URI); every other problem is sent back to
 * the client as `error=` on its redirect URI, with `state` echoed.
 */
export function showAuthorize(ctx: OAuthContext, req: IncomingMessage, res: ServerResponse): void {
  let q: Map<string, string>;
  try {
    q = queryOf(req);
  } catch (e) {
    return sendHtml(res, 400, authorizeErrorPage((e as OAuthError).description));
  }
  const client = ctx.clients.get(q.get('client_id') ?? '');
  if (!client)
    return sendHtml(res, 400, authorizeErrorPage('The application (client_id) is not registered.'));
  const redirectUri = q.get('redirect_uri');
  if (!redirectUri || !redirectUriAllowed(redirectUri, client.redirectUris, ctx.redirectMatching)) {
    const shown = redirectUri ? `"${redirectUri}"` : '(none)';
    return sendHtml(
      res,
      400,
      authorizeErrorPage(`The redirect URI ${shown} is not registered for ${client.id}.`),
    );
  }
  const state = q.get('state');
  try {
    const codeChallenge = checkRequest(client, q);
    const scopes = parseScopes(q.get('scope'), client.scopes);
    const requestId = ctx.consents.add({ clientId: client.id, redirectUri, codeChallenge, scopes, state });
    const view = { action: requestPathname(req), requestId, client, scopes, redirectUri };
    sendHtml(res, 200, consentPage({ ...view, signedInAs: signedInAccount(ctx)?.username }));
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    sendRedirect(res, withParams(redirectUri, { error: e.error, error_description: e.description, state }));
  }
}

/** Response type, grant and PKCE rules; returns the S256 challenge (absent only for confidential clients). */
function checkRequest(client: OAuthClientConfig, q: Map<string, string>): string | undefined {
  if (q.get('response_type') !== 'code') {
    throw new OAuthError('unsupported_response_type', 'Only response_type=code is supported.');
  }
  if (!client.grants.includes('authorization_code')) {
    throw new OAuthError('unauthorized_client', `${client.id} may not use the authorization code flow.`);
  }
  const challenge = q.get('code_challenge');
  const method = q.get('code_challenge_method');
  if (challenge === undefined) {
    if (client.type === 'public')
      throw new OAuthError('invalid_request', 'PKCE is required: send code_challenge.');
    if (method !== undefined)
      throw new OAuthError('invalid_request', 'code_challenge_method without code_challenge.');
    return undefined;
  }
  if (method !== 'S256') {
    throw new OAuthError(
      'invalid_request',
      'Only code_challenge_method=S256 is accepted (plain is refused).',
    );
  }
  if (!isS256Challenge(challenge))
    throw new OAuthError('invalid_request', 'code_challenge is not a S256 value.');
  return challenge;
}

/**
 * POST /oauth/authorize: the consent form. Deny redirects with `error=access_denied`; Approve (after sign-in)
 * redirects with a fresh code. Wrong credentials show the form again.
 */
export async function submitConsent(
  ctx: OAuthContext,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  let form: Map<string, string>;
  try {
    form = await readForm(req);
  } catch (e) {
    if (!(e instanceof OAuthError)) throw e;
    return sendHtml(res, e.status, authorizeErrorPage(e.description));
  }
  const requestId = form.get('request_id') ?? '';
  const pending = ctx.consents.get(requestId);
  const client = pending && ctx.clients.get(pending.clientId);
  if (!pending || !client) {
    return sendHtml(res, 400, authorizeErrorPage('This sign-in request expired or was already answered.'));
  }
  const decision = form.get('decision');
  if (decision === 'deny') {
    ctx.consents.finish(requestId);
    const denied = {
      error: 'access_denied',
      error_description: 'The user denied access.',
      state: pending.state,
    };
    return sendRedirect(res, withParams(pending.redirectUri, denied));
  }
  if (decision !== 'approve') return sendHtml(res, 400, authorizeErrorPage('Choose Approve or Deny.'));
  const account: OAuthAccount | undefined =
    signedInAccount(ctx) ??
    checkPassword(ctx.accounts, form.get('username') ?? '', form.get('password') ?? '');
  if (!account) {
    const view = { action: requestPathname(req), requestId, client, ...pending, signedInAs: undefined };
    return sendHtml(res, 401, consentPage({ ...view, alert: 'Wrong username or password.' }));
  }
  ctx.consents.finish(requestId);
  const { state, ...grant } = pending;
  const code = ctx.codes.create({ ...grant, accountId: account.id });
  sendRedirect(res, withParams(pending.redirectUri, { code, state }));
}

/** The redirect URI with extra query parameters (undefined ones left out), keeping its own query. */
function withParams(uri: string, params: Record<string, string | undefined>): string {
  const url = new URL(uri);
  for (const [name, value] of Object.entries(params))
    if (value !== undefined) url.searchParams.set(name, value);
  return url.toString();
}
