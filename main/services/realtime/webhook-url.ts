/**
 * Webhook URL comparison and display. The cloud may store a URL in another spelling (host case, default
 * port, trailing slash), so identity is decided on a normal form; the secret path keeps its case.
 */

/** A Meterscope secret path segment: 16 random bytes as base64url (22 characters). */
const SECRET_SEGMENT = /^[A-Za-z0-9_-]{22}$/;

/** The normal form used for comparisons, or undefined when the text is not an http(s) URL. */
export function normalizeWebhookUrl(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  const path = url.pathname.replace(/\/+$/, '');
  return `${url.protocol}//${url.host}${path}${url.search}`;
}

/** True when both name the same webhook endpoint. */
export function sameWebhookUrl(a: string | null | undefined, b: string | null | undefined): boolean {
  const na = normalizeWebhookUrl(a);
  return na !== undefined && na === normalizeWebhookUrl(b);
}

/** The last path segment (where Meterscope puts its secret). */
export function lastPathSegment(raw: string | null | undefined): string | undefined {
  const normal = normalizeWebhookUrl(raw);
  if (!normal) return undefined;
  const path = new URL(normal).pathname;
  return path.slice(path.lastIndexOf('/') + 1) || undefined;
}

/** True when the URL ends in a segment shaped like a Meterscope secret. */
export function hasSecretShape(raw: string | null | undefined): boolean {
  return SECRET_SEGMENT.test(lastPathSegment(raw) ?? '');
}

/** The URL with a secret-shaped last segment replaced: safe for warnings, logs and reports. */
export function redactWebhookUrl(raw: string | null | undefined): string {
  if (!raw) return '(none)';
  return hasSecretShape(raw) ? raw.replace(/[A-Za-z0-9_-]{22}(\/*)$/, '[secret]$1') : raw;
}
