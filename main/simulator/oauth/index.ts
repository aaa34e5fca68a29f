import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { OAuthAccount } from './accounts.ts';
import { showAuthorize, submitConsent } from './authorize-endpoint.ts';
import { createCodeStore } from './authorization-codes.ts';
import { demoClients, type OAuthClientConfig } from './clients.ts';
import { createConsentRequests } from './consent-requests.ts';
import { baseUrlOf, type OAuthContext } from './context.ts';
import { deviceEndpoint } from './device-endpoint.ts';
import { createDeviceCodes } from './device-codes.ts';
import { discoveryDocument } from './discovery.ts';
import { sendJson, sendMethodNotAllowed, sendOAuthError } from './http-io.ts';
import { OAuthError } from './oauth-error.ts';
import type { RedirectMatching } from './redirect-match.ts';
import { tokenEndpoint } from './token-endpoint.ts';
import { createTokenIssuer } from './token-issuer.ts';
import { makeUserCode } from './user-code.ts';
import { showVerify, submitVerify } from './verify-endpoint.ts';

export type { OAuthAccount } from './accounts.ts';
export { demoClients, DEVICE_CODE_GRANT, type GrantType, type OAuthClientConfig } from './clients.ts';
export type { RedirectMatching } from './redirect-match.ts';
export { KNOWN_SCOPES } from './scopes.ts';

/** How to build the simulator's OAuth server. Every clock and random source is a port, for tests. */
export interface OAuthServerOptions {
  accounts: OAuthAccount[];
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
  random?: (n: number) => Uint8Array;
  /** Access-token lifetime; default 3600 s (what smart-me answers). */
  tokenLifetimeSeconds?: number;
  redirectMatching?: RedirectMatching;
  /** Registered applications; default the three demo clients (owned by the first account). */
  clients?: OAuthClientConfig[];
  /** Refresh-token lifetime; default 30 days (smart-me does not document it). */
  refreshTokenLifetimeSeconds?: number;
  /** Authorization-code lifetime; default 60 s. */
  codeLifetimeSeconds?: number;
  /** Device-code lifetime; default 600 s. */
  deviceCodeLifetimeSeconds?: number;
  /** Minimum device polling interval; default 5 s (RFC 8628's default). */
  deviceCodeIntervalSeconds?: number;
  /** Show "Signed in as …" for this account on the pages instead of a password form (demo convenience). */
  signedInAccountId?: number;
  /** Fixed public base URL for discovery and verification_uri; default `http://<Host header>`. */
  issuer?: string;
}

/** The OAuth part of the simulator, mounted by the simulator's router. */
export interface OAuthServer {
  /**
   * Answers /oauth/authorize, /oauth/token, /oauth/device, /oauth/verify and
   * /.well-known/openid-configuration. `path` is lower-cased, without `/api` or a trailing slash. Resolves
   * false (and touches nothing) for any other path, so the router can go on.
   */
  handle(req: IncomingMessage, res: ServerResponse, path: string): Promise<boolean>;
  /** The account and scopes behind a Bearer token, or undefined when it is unknown, expired or revoked. */
  authenticate(accessToken: string): { accountId: number; scopes: string[] } | undefined;
}

type Handler = (ctx: OAuthContext, req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

const ROUTES: Record<string, Partial<Record<string, Handler>>> = {
  '/oauth/authorize': { GET: showAuthorize, POST: submitConsent },
  '/oauth/token': { POST: tokenEndpoint },
  '/oauth/device': { POST: deviceEndpoint },
  '/oauth/verify': { GET: showVerify, POST: submitVerify },
  '/.well-known/openid-configuration': {
    GET: (ctx, req, res) => sendJson(res, 200, discoveryDocument(baseUrlOf(ctx, req.headers.host))),
  },
};

/**
 * A local OAuth 2.0 server that behaves like smart-me's: authorization code with PKCE S256 and a consent page,
 * refresh with rotation, client credentials, device code with a verify page, RFC 6749 errors. State is kept
 * in memory for the life of the simulator.
 */
export function createOAuthServer(options: OAuthServerOptions): OAuthServer {
  const clock = options.clock ?? Date.now;
  const random = options.random ?? ((n: number) => new Uint8Array(randomBytes(n)));
  const token = () => Buffer.from(random(32)).toString('base64url');
  const clients = options.clients ?? demoClients(options.accounts[0]?.id);
  const ctx: OAuthContext = {
    clients: new Map(clients.map((c) => [c.id, c])),
    accounts: options.accounts,
    clock,
    redirectMatching: options.redirectMatching ?? 'loopback-any-port',
    signedInAccountId: options.signedInAccountId,
    issuer: options.issuer?.replace(/\/+$/, ''),
    tokens: createTokenIssuer({
      clock,
      token,
      accessLifetimeSeconds: options.tokenLifetimeSeconds ?? 3600,
      refreshLifetimeSeconds: options.refreshTokenLifetimeSeconds ?? 30 * 24 * 3600,
    }),
    codes: createCodeStore({ clock, token, lifetimeSeconds: options.codeLifetimeSeconds ?? 60 }),
    consents: createConsentRequests({ clock, token, lifetimeSeconds: 600 }),
    devices: createDeviceCodes({
      clock,
      token,
      userCode: () => makeUserCode(random),
      lifetimeSeconds: options.deviceCodeLifetimeSeconds ?? 600,
      intervalSeconds: options.deviceCodeIntervalSeconds ?? 5,
    }),
  };

  return {
    async handle(req, res, path) {
      const route = ROUTES[normalizePath(path)];
      if (!route) return false;
      const handler = route[req.method ?? 'GET'];
      if (!handler) {
        req.resume();
        sendMethodNotAllowed(res, Object.keys(route));
        return true;
      }
      try {
        await handler(ctx, req, res);
      } catch (e) {
        answerError(res, e);
      }
      return true;
    },
    authenticate: (accessToken) => ctx.tokens.authenticate(accessToken),
  };
}

function normalizePath(path: string): string {
  return path
    .toLowerCase()
    .replace(/^\/api(?=\/)/, '')
    .replace(/\/+$/, '');
}

/** Expected errors become RFC 6749 bodies; anything else a bare `server_error`, never a crash or a stack. */
function answerError(res: ServerResponse, e: unknown): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendOAuthError(res, e instanceof OAuthError ? e : new OAuthError('server_error', 'Internal error.', 500));
}
