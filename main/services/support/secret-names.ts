/** What stands in place of every removed secret. */
export const REDACTED = '[redacted]';

/** `client_secret`, `Client-Secret`, `clientSecret` → `clientsecret`: one spelling to compare. */
const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** Parts of a field name that mark its value as a credential wherever they appear. */
const SECRET_PARTS = [
  'password',
  'passwd',
  'secret',
  'credential',
  'apikey',
  'authorization',
  'cookie',
  'privatekey',
  'verifier',
  'passphrase',
];

/** Whole names that are credentials but too short or too common to match as parts. */
const SECRET_NAMES = new Set(['pwd', 'pass', 'auth', 'basicauth', 'proxyauth', 'bearer', 'sessionid']);

/**
 * True for field names whose value is a credential: passwords, secrets, API keys, Authorization headers,
 * cookies, and anything ending in `token` (access, refresh, id, ngrok auth token). `tokenStorage` or
 * `tokenType` are facts about a login, not secrets, and stay.
 */
export function isSecretName(name: string): boolean {
  const n = normalize(name);
  return n.endsWith('token') || SECRET_NAMES.has(n) || SECRET_PARTS.some((part) => n.includes(part));
}

/** URL query parameters that carry credentials besides the secret names: OAuth codes, keys, signatures. */
const SECRET_PARAMS = new Set(['code', 'key', 'sig', 'signature', 'state', 'session']);

/** True for a query or fragment parameter whose value must not leave the computer. */
export function isSecretParam(name: string): boolean {
  return isSecretName(name) || SECRET_PARAMS.has(normalize(name));
}

/** HTTP headers whose values are credentials (their scheme, e.g. `Basic`, may stay). */
const SECRET_HEADERS = new Set([
  'authorization',
  'proxyauthorization',
  'cookie',
  'setcookie',
  'xapikey',
  'xmeterscopeprobe',
]);

/** True for a header name whose value is a credential. */
export function isSecretHeader(name: string): boolean {
  return SECRET_HEADERS.has(normalize(name)) || isSecretName(name);
}
