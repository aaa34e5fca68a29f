import { redactSecrets as redactSecretText } from '../../ipc/redact.ts';
import { redactPath, redactUrlsIn } from './redact-url.ts';
import { isSecretHeader, isSecretName, REDACTED } from './secret-names.ts';

/** What the caller knows to be secret (a password typed on the command line, the ngrok token). */
export interface RedactOptions {
  /** Exact secret values: removed wherever they appear, also inside longer texts and URL-encoded. */
  knownSecrets?: readonly (string | undefined | null)[];
}

/** `Basic abc` → `Basic [redacted]`: the scheme is a useful diagnostic, the credential is not. */
function redactHeaderValue(value: string): string {
  const scheme = /^([A-Za-z][A-Za-z0-9_-]*) /.exec(value)?.[1];
  return scheme ? `${scheme} ${REDACTED}` : REDACTED;
}

/** Known secrets and their URL-encoded forms, longest first (a part never unmasks a whole). */
function secretList(options: RedactOptions): string[] {
  const all = (options.knownSecrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 4);
  return [...new Set(all.flatMap((s) => [s, encodeURIComponent(s)]))].sort((a, b) => b.length - a.length);
}

/** A text with every known secret, URL credential, secret path and header or parameter value removed. */
function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) out = out.split(secret).join(REDACTED);
  out = redactUrlsIn(out);
  if (out.startsWith('/') && !/\s/.test(out)) out = redactPath(out);
  return redactSecretText(out);
}

/**
 * A deep copy of `value` that is safe to hand to support: fields named like credentials (password, token,
 * API key, secret, Authorization, cookie) are replaced, header pairs `[name, value]` and `{name, value}` of
 * credential headers keep only their scheme, and every text loses known secrets, credentials inside URLs
 * (`user:password@`, `?token=`), the listener's secret path and `Bearer …`/`token=…` fragments. Booleans
 * under secret names stay ("is a token stored" is a fact, not a secret). Plain JSON in, plain JSON out.
 */
export function redactDeep<T>(value: T, options: RedactOptions = {}): T {
  const secrets = secretList(options);
  const seen = new WeakSet<object>();
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return redactText(v, secrets);
    if (v === null || typeof v !== 'object') return v;
    if (seen.has(v)) return '[circular]';
    seen.add(v);
    if (Array.isArray(v)) {
      if (v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string' && isSecretHeader(v[0]))
        return [v[0], redactHeaderValue(v[1])];
      return v.map(walk);
    }
    const o = v as Record<string, unknown>;
    const headerObject = typeof o.name === 'string' && typeof o.value === 'string' && isSecretHeader(o.name);
    const out: Record<string, unknown> = {};
    for (const [key, field] of Object.entries(o)) {
      if (headerObject && key === 'value') out[key] = redactHeaderValue(field as string);
      else if (isSecretName(key) && field !== null && typeof field !== 'boolean') out[key] = REDACTED;
      else out[key] = walk(field);
    }
    return out;
  };
  return walk(value) as T;
}
