import { ServiceError } from '../../ipc/service-error.ts';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Refuses a base URL a password or key must not be sent to: anything but https, except plain http to this
 * computer (the simulator). Answers the URL without a trailing slash, so one server has one login.
 */
export function checkBaseUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ServiceError(
      'bad-base-url',
      `"${text.slice(0, 80)}" is not a URL. Use e.g. https://api.smart-me.com`,
    );
  }
  if (url.username || url.password || url.search || url.hash) {
    throw new ServiceError(
      'bad-base-url',
      'The base URL must not contain a user, password, query or fragment.',
    );
  }
  const local = url.protocol === 'http:' && LOOPBACK.has(url.hostname);
  if (url.protocol !== 'https:' && !local) {
    throw new ServiceError(
      'insecure-url',
      'The base URL must start with https:// (plain http:// only for a simulator on this computer).',
    );
  }
  return url.href.replace(/\/+$/, '');
}
