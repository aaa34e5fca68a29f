import { timingSafeEqual } from 'node:crypto';

/**
 * The browser host's gatekeeping, as pure functions of the request headers so every rule is unit-tested.
 * Loopback alone is not enough: any web page the user visits can make the browser send requests to
 * 127.0.0.1, and DNS rebinding can make such a page same-origin with it. Hence three checks: the Host
 * header (defeats rebinding), the Origin header (defeats cross-site pages) and a per-run token (defeats
 * everything else, including other local users' processes that cannot read the printed URL).
 */

/** The loopback addresses the host may listen on. */
export const LOOPBACK_HOSTS = ['127.0.0.1', '::1', 'localhost'] as const;

/** True for an address the web host may bind to: loopback only, never the network. */
export function isLoopbackHost(host: string): boolean {
  return (LOOPBACK_HOSTS as readonly string[]).includes(host);
}

/** The `Host` header values that name this server, e.g. `127.0.0.1:5173` and `localhost:5173`. */
export function allowedHostHeaders(bindHost: string, port: number): Set<string> {
  const literal = bindHost.includes(':') ? `[${bindHost}]` : bindHost;
  return new Set(
    [`${literal}:${port}`, `localhost:${port}`, `127.0.0.1:${port}`].map((h) => h.toLowerCase()),
  );
}

/** The Host check: a rebinding attacker's page sends its own domain name here, so it is refused. */
export function isAllowedHost(hostHeader: string | undefined, allowed: Set<string>): boolean {
  return hostHeader !== undefined && allowed.has(hostHeader.toLowerCase());
}

/** The origins a page served by this host has: `http://` + one of the allowed Host values. */
export function allowedOrigins(allowedHosts: Set<string>): Set<string> {
  return new Set([...allowedHosts].map((h) => `http://${h}`));
}

/**
 * The Origin check. On the WebSocket, an Origin is required (browsers always send one, so a missing one
 * means a non-browser client, which must still hold the token). On plain HTTP, a missing Origin is normal
 * (navigations and same-origin GETs); a present one must be ours.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  allowed: Set<string>,
  mode: 'http' | 'websocket',
): boolean {
  if (origin === undefined) return mode === 'http';
  return allowed.has(origin.toLowerCase());
}

/** Compares the presented token with the run's token in constant time (no timing oracle on loopback). */
export function tokenMatches(presented: string | null | undefined, expected: string): boolean {
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
