/**
 * Last line of defence before text crosses to the renderer: services must not put secrets in messages at
 * all, but if one slips through (a URL with a token, an echoed header), it is blanked here.
 */

/** Each pattern with what replaces a match ($1.. keep the label, the secret goes). */
const RULES: [RegExp, string][] = [
  // Authorization header values.
  [/\b(Bearer|Basic|ApiKey)\s+[A-Za-z0-9._~+/=-]{5,}[A-Za-z0-9_~+/=-]/gi, '$1 [redacted]'],
  // OAuth and API parameters in URLs, forms, headers and JSON.
  [
    /\b(access_token|refresh_token|id_token|client_secret|password|code_verifier|token|authtoken|api_?key)(["']?\s*[=:]\s*["']?)[^\s&"',;]+/gi,
    '$1$2[redacted]',
  ],
  // Authorization codes in redirect URLs (only as a query parameter: "OBIS code: 1-0:1.8.0" stays).
  [/([?&]code=)[^&\s"']+/gi, '$1[redacted]'],
  // Credentials inside URLs: scheme://user:pass@host
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^\s/@:]+:[^\s/@]+@/gi, '$1[redacted]@'],
];

/** Replaces anything that looks like a credential with `[redacted]`. */
export function redactSecrets(text: string): string {
  return RULES.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}
