import { isSecretParam, REDACTED } from './secret-names.ts';

/** A URL anywhere in a text (stops at white space, quotes and angle brackets). */
const URL_IN_TEXT = /\b[a-z][a-z0-9+.-]*:\/\/[^\s"'<>]+/gi;

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Words, not random: `AdditionalDeviceInformation`, `known-hook-urls`. */
const WORDS = /^(?:[A-Z][a-z]+)+$|^[a-z]+(?:-[a-z]+)*$/;

/**
 * True for a path segment that may be a secret: the webhook listener's unguessable path is 22 base64url
 * characters, and other tools put tokens in paths the same way. Device GUIDs and plain words are kept;
 * anything else that long and random-looking goes (a false alarm only hides a harmless path part).
 */
export function isSecretSegment(segment: string): boolean {
  return /^[A-Za-z0-9_-]{16,}$/.test(segment) && !GUID.test(segment) && !WORDS.test(segment);
}

/** A path with its secret-looking segments replaced. */
export function redactPath(path: string): string {
  return path
    .split('/')
    .map((s) => (isSecretSegment(s) ? REDACTED : s))
    .join('/');
}

/** `a=1&token=x` → `a=1&token=[redacted]` (order and the other parameters kept). */
function redactParams(params: string): string {
  return params
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      if (eq < 0) return pair;
      let name = pair.slice(0, eq);
      try {
        name = decodeURIComponent(name);
      } catch {
        // Not percent-encoded text: compare it as it is.
      }
      return isSecretParam(name) ? `${pair.slice(0, eq)}=${REDACTED}` : pair;
    })
    .join('&');
}

/**
 * One URL without its credentials: `user:password@` (Basic auth in a webhook registration), secret query
 * and fragment parameters (tokens, keys, OAuth codes) and secret-looking path segments (the listener's
 * secret path). Host, port and the rest of the path stay, since they are what support needs to see.
 */
export function redactUrl(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    // Not parseable: still drop anything between `//` and `@`.
    return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i, `$1${REDACTED}@`);
  }
  const userinfo = u.username || u.password ? `${REDACTED}@` : '';
  const search = u.search ? `?${redactParams(u.search.slice(1))}` : '';
  const hash = u.hash.includes('=') ? `#${redactParams(u.hash.slice(1))}` : redactPath(u.hash);
  const rest = url.includes('://') ? `//${userinfo}${u.host}` : '';
  const redacted = `${u.protocol}${rest}${redactPath(u.pathname)}${search}${hash}`;
  // Unchanged URLs keep their exact spelling (the URL parser would add a trailing slash, lower-case, ...).
  return redacted.includes(REDACTED) ? redacted : url;
}

/** Every URL inside a text redacted with redactUrl; the text around them is left as it is. */
export function redactUrlsIn(text: string): string {
  return text.replace(URL_IN_TEXT, (url) => redactUrl(url));
}
