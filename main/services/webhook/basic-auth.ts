import { createHash, timingSafeEqual } from 'node:crypto';

/** The Basic credentials a RegisterForRealtimeApi entry makes the cloud send (BasicAuthUsername/Password). */
export interface BasicCredentials {
  username: string;
  password: string;
}

/**
 * Checks an Authorization header against the expected credentials in constant time: both sides are hashed
 * first, so neither content nor length leaks through timing.
 */
export function basicAuthMatches(header: string | undefined, expected: BasicCredentials): boolean {
  const presented = /^Basic +([A-Za-z0-9+/=]+) *$/i.exec(header ?? '')?.[1] ?? '';
  const want = Buffer.from(`${expected.username}:${expected.password}`, 'utf8').toString('base64');
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(want).digest();
  return timingSafeEqual(a, b) && presented.length > 0;
}

/** Parses `user:pass` as given on the command line (the password may itself contain colons). */
export function parseBasicCredentials(text: string): BasicCredentials | undefined {
  const at = text.indexOf(':');
  if (at <= 0) return undefined;
  return { username: text.slice(0, at), password: text.slice(at + 1) };
}

/** The Authorization header value for these credentials (for probes, replays and triggers). */
export function basicAuthHeader(credentials: BasicCredentials): string {
  return `Basic ${Buffer.from(`${credentials.username}:${credentials.password}`, 'utf8').toString('base64')}`;
}
