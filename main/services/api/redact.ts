/**
 * The secret pieces inside an Authorization header value: the whole value, the token or key after the scheme,
 * and for Basic the decoded `user:password` and the password on its own. Scrubbing all of them means no variant
 * of a credential can slip into an error message, log line or report.
 */
export function secretsOfAuthorization(header: string): string[] {
  const out = [header];
  const space = header.indexOf(' ');
  const scheme = space > 0 ? header.slice(0, space).toLowerCase() : '';
  const value = space > 0 ? header.slice(space + 1).trim() : header;
  out.push(value);
  if (scheme === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    out.push(decoded);
    if (colon >= 0) out.push(decoded.slice(colon + 1));
  }
  return out.filter((s) => s.length >= 3);
}

/** Replaces every occurrence of each secret with `***` (longest first, so a part never unmasks a whole). */
export function redact(text: string, secrets: Iterable<string>): string {
  const sorted = [...new Set(secrets)].filter((s) => s.length > 0).sort((a, b) => b.length - a.length);
  let out = text;
  for (const secret of sorted) out = out.split(secret).join('***');
  return out;
}

/** A URL with any `user:password@` and query string removed: safe to show in messages. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    u.username = '';
    u.password = '';
    u.search = '';
    u.hash = '';
    return u.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}
