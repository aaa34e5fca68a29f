import type { OAuthAccount } from './accounts.ts';
import type { CodeStore } from './authorization-codes.ts';
import type { OAuthClientConfig } from './clients.ts';
import type { ConsentRequests } from './consent-requests.ts';
import type { DeviceCodes } from './device-codes.ts';
import type { RedirectMatching } from './redirect-match.ts';
import type { TokenIssuer } from './token-issuer.ts';

/** Everything the OAuth endpoints share: configuration, ports and the in-memory state of one server. */
export interface OAuthContext {
  clients: Map<string, OAuthClientConfig>;
  accounts: OAuthAccount[];
  clock: () => number;
  redirectMatching: RedirectMatching;
  /** When set, the pages show "Signed in as …" for this account instead of asking for a password. */
  signedInAccountId: number | undefined;
  /** Fixed public base URL; otherwise derived from each request's Host header. */
  issuer: string | undefined;
  tokens: TokenIssuer;
  codes: CodeStore;
  consents: ConsentRequests;
  devices: DeviceCodes;
}

/** The base URL clients reach this server at: the configured issuer or `http://<Host>`. */
export function baseUrlOf(ctx: OAuthContext, host: string | undefined): string {
  return ctx.issuer ?? `http://${host && /^[\w.\-:[\]]+$/.test(host) ? host : '127.0.0.1'}`;
}

/** The account signed in on the pages, if the server was configured with one. */
export function signedInAccount(ctx: OAuthContext): OAuthAccount | undefined {
  return ctx.accounts.find((a) => a.id === ctx.signedInAccountId);
}
