import { isSecretName } from './secret-names.ts';

/**
 * Every text stored under a credential's name in a value (a stored login's tokens, password, API key,
 * client secret), so a bundle can strip those exact texts wherever else they turn up: in an error
 * message, a URL, a header a server echoed back.
 */
export function secretValuesOf(value: unknown): string[] {
  const found: string[] = [];
  const walk = (v: unknown, secret: boolean) => {
    if (typeof v === 'string') {
      if (secret) found.push(v);
    } else if (Array.isArray(v)) {
      v.forEach((item) => walk(item, secret));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, field] of Object.entries(v)) walk(field, secret || isSecretName(key));
    }
  };
  walk(value, false);
  return found;
}
