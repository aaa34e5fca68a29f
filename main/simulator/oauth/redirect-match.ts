/** How registered redirect URIs are compared: RFC 8252 §7.3 loopback (any port) or exact string match. */
export type RedirectMatching = 'loopback-any-port' | 'exact';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);

/**
 * True when `requested` may be used given the client's registered URIs. With `loopback-any-port`, an http
 * loopback URI matches a registered one that differs only in its port (RFC 8252 §7.3: native apps get an
 * ephemeral port); everything else, and every URI in `exact` mode, must match character for character.
 */
export function redirectUriAllowed(requested: string, registered: string[], mode: RedirectMatching): boolean {
  if (registered.includes(requested)) return true;
  if (mode === 'exact') return false;
  const req = parseLoopback(requested);
  if (!req) return false;
  return registered.some((r) => {
    const reg = parseLoopback(r);
    return reg !== undefined && reg.hostname === req.hostname && reg.rest === req.rest;
  });
}

function parseLoopback(uri: string): { hostname: string; rest: string } | undefined {
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' || !LOOPBACK_HOSTS.has(url.hostname)) return undefined;
  if (url.username || url.password || url.hash) return undefined;
  return { hostname: url.hostname, rest: `${url.pathname}${url.search}` };
}
