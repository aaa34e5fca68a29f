import * as oauth from 'oauth4webapi';
import { AuthError } from './auth-error.ts';

/** Where and as whom a login talks OAuth: shared by every flow. */
export interface OAuthClientSettings {
  /** The API base, e.g. https://api.smart-me.com; the OAuth endpoints are `<base>/oauth/*`. */
  baseUrl: string;
  clientId: string;
  /** Confidential and device applications only. */
  clientSecret?: string;
  /** How the secret is sent: HTTP Basic (default) or in the form (client_secret_post). */
  clientAuth?: 'basic' | 'post';
  /** HTTP port; default the global fetch (undici). */
  fetch?: typeof fetch;
  /** Per-request time limit; default 30 s. */
  requestTimeoutMs?: number;
}

/** What oauth4webapi needs for one call, built once per flow. */
export interface OAuthCall {
  as: oauth.AuthorizationServer;
  client: oauth.Client;
  clientAuth: oauth.ClientAuth;
  options(signal?: AbortSignal): oauth.TokenEndpointRequestOptions;
}

/**
 * Builds oauth4webapi's server and client objects from smart-me's fixed endpoint layout (no discovery round
 * trip). Plain http is allowed only for loopback hosts (the simulator), so a typo can never send a secret over
 * the network unencrypted.
 */
export function oauthCall(s: OAuthClientSettings): OAuthCall {
  const base = parseBase(s.baseUrl);
  const insecure = base.protocol === 'http:';
  const root = base.href.replace(/\/+$/, '');
  const as: oauth.AuthorizationServer = {
    issuer: root,
    authorization_endpoint: `${root}/oauth/authorize`,
    token_endpoint: `${root}/oauth/token`,
    device_authorization_endpoint: `${root}/oauth/device`,
    code_challenge_methods_supported: ['S256'],
  };
  const client: oauth.Client = { client_id: s.clientId };
  const secret = s.clientSecret;
  const clientAuth =
    secret === undefined
      ? oauth.None()
      : s.clientAuth === 'post'
        ? oauth.ClientSecretPost(secret)
        : oauth.ClientSecretBasic(secret);
  const timeoutMs = s.requestTimeoutMs ?? 30_000;
  return {
    as,
    client,
    clientAuth,
    options: (signal) => {
      const timeout = AbortSignal.timeout(timeoutMs);
      return {
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        ...(insecure ? { [oauth.allowInsecureRequests]: true } : {}),
        ...(s.fetch ? { [oauth.customFetch]: s.fetch } : {}),
      };
    },
  };
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

function parseBase(text: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new AuthError('insecure_url', 'The base URL is not a URL. Use e.g. https://api.smart-me.com');
  }
  if (url.protocol === 'https:') return url;
  if (url.protocol === 'http:' && LOOPBACK.has(url.hostname)) return url;
  throw new AuthError(
    'insecure_url',
    `Refusing to log in over ${url.protocol}//${url.host}: use https (plain http only for 127.0.0.1 or localhost).`,
  );
}
