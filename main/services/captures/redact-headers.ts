/** Headers whose values are credentials: they never reach a capture file, an export or a report. */
const SECRET_HEADERS = new Set(['authorization', 'proxy-authorization', 'cookie', 'x-meterscope-probe']);

/** Placeholder stored instead of a secret value. */
export const REDACTED = '[redacted]';

/**
 * Turns Node's flat `rawHeaders` (name, value, name, value...) into pairs and hides credentials, keeping the
 * auth scheme (`Basic [redacted]`) because "which scheme did the cloud use" is a useful diagnostic.
 */
export function redactHeaders(rawHeaders: readonly string[]): [string, string][] {
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) pairs.push(redactPair(rawHeaders[i], rawHeaders[i + 1]));
  return pairs;
}

/** The same for header pairs (e.g. from an imported NDJSON file); redacting twice changes nothing. */
export function redactHeaderPairs(pairs: readonly (readonly [string, string])[]): [string, string][] {
  return pairs.map(([name, value]) => redactPair(name, value));
}

function redactPair(name = '', value = ''): [string, string] {
  return [name, SECRET_HEADERS.has(name.toLowerCase()) ? redactValue(value) : value];
}

function redactValue(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9_-]*) /.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}
