/**
 * An RFC 6749 error, thrown anywhere in the OAuth server and turned into `{error, error_description}` (token
 * endpoints), a redirect with `error=` (authorize) or an error page at the edge. `status` is the HTTP status.
 */
export class OAuthError extends Error {
  override name = 'OAuthError';
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status: 400 | 401 | 403 | 404 | 405 | 413 | 415 | 500 = 400,
  ) {
    super(`${error}: ${description}`);
  }
}
