/**
 * Reads a `Retry-After` header (RFC 9110 §10.2.3): either delay-seconds or an HTTP date. Returns the wait in ms
 * (never negative), or undefined when the header is absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfter(value: string | string[] | undefined, nowMs: number): number | undefined {
  const raw = (Array.isArray(value) ? value[0] : value)?.trim();
  if (!raw) return undefined;
  if (/^\d+$/.test(raw)) return Number(raw) * 1000;
  if (/^[\d.+-]+$/.test(raw)) return undefined; // "1.5" or "-3": not delay-seconds, and not a date either
  const at = Date.parse(raw);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, at - nowMs);
}
