/**
 * How the API client authenticates: a port, so the client never sees where a secret is stored and the
 * auth service can refresh OAuth tokens behind it.
 */
export interface CredentialsProvider {
  /** Which scheme this is, for messages and licence hints (never the secret itself). */
  readonly kind: 'basic' | 'apikey' | 'bearer';
  /** The full `Authorization` header value: `Basic …`, `ApiKey …` or `Bearer …`. */
  authorization(): Promise<string>;
  /**
   * Bearer only: called after a 401. Gets a fresh access token (refresh_token grant, with rotation) and
   * resolves true when one is ready. Implementations keep one refresh in flight at a time.
   */
  refresh?(): Promise<boolean>;
}
