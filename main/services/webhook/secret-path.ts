/** Random bytes from the injected source (crypto in production, fixed bytes in tests). */
export type RandomBytes = (size: number) => Uint8Array;

/** 16 random bytes = 128 bits: the URL path alone keeps strangers out even without Basic auth. */
const SECRET_BYTES = 16;

/** A fresh unguessable path segment (base64url, 22 characters) for the webhook URL. */
export function newSecretSegment(random: RandomBytes): string {
  const bytes = random(SECRET_BYTES);
  if (bytes.length < SECRET_BYTES)
    throw new Error('The random source returned too few bytes for the secret.');
  return Buffer.from(bytes).toString('base64url');
}

/** True when a segment someone passed in (to keep a URL across restarts) is as strong as a fresh one. */
export function isStrongSecret(segment: string): boolean {
  return /^[A-Za-z0-9_-]{22,}$/.test(segment);
}

/** The URL with its secret replaced: what may appear in captures, exports, logs and reports. */
export function redactSecret(url: string, secret: string): string {
  return url.split(secret).join('[secret]');
}
