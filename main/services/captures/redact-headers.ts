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
  for (let i = 0; i + 1 < rawHeaders.length; i += 2) {
    const name = rawHeaders[i] as string;
    const value = rawHeaders[i + 1] as string;
    pairs.push([name, SECRET_HEADERS.has(name.toLowerCase()) ? redactValue(value) : value]);
  }
  return pairs;
}

function redactValue(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9_-]*) /.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}
