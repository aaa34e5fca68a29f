import { TunnelError, tunnelFailure } from './tunnel-error.ts';

/**
 * Checks a user-given public base URL: http(s) only, no query or fragment (the cloud appends nothing, and
 * a `?` would swallow our secret path). Returns it without a trailing slash.
 */
export function normalizePublicUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new TunnelError(
      tunnelFailure(
        'bad-spec',
        `"${raw}" is not a URL. Give the full public address, e.g. https://hooks.example.com.`,
      ),
    );
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new TunnelError(
      tunnelFailure('bad-spec', `The public URL must start with https:// or http:// (got ${url.protocol}).`),
    );
  }
  if (url.search || url.hash) {
    throw new TunnelError(
      tunnelFailure(
        'bad-spec',
        'The public URL must not contain ? or #: Meterscope adds its own secret path.',
      ),
    );
  }
  if (url.username || url.password) {
    throw new TunnelError(
      tunnelFailure('bad-spec', 'Put Basic-auth credentials in the registration settings, not in the URL.'),
    );
  }
  return url.toString().replace(/\/+$/, '');
}

/** The full webhook URL: public base (which may carry a path prefix of a reverse proxy) + the secret path. */
export function hookUrlFor(publicUrl: string, secretPath: string): string {
  return `${publicUrl.replace(/\/+$/, '')}/${secretPath.replace(/^\/+/, '')}`;
}
