import { isApiError } from '../api/api-error.ts';
import type { SmartMeApi } from '../api/smartme-api.ts';

/**
 * Checks an API key or user/password with the cheapest call (GET /User) before it is stored, so a typo is
 * caught on the Connect view and not later on every table. Offline the login is still taken (the technician
 * may be in a basement and want the cached fleet): the answer is then the sentence to show; undefined = checked.
 * Any other failure (wrong password: `unauthorized`) is thrown with the API client's message.
 */
export async function verifyKeyLogin(api: SmartMeApi): Promise<string | undefined> {
  try {
    await api.user();
    return undefined;
  } catch (e) {
    if (isApiError(e, 'offline', 'timeout')) {
      return `The login could not be checked (${e.message}). It is kept; data will load when the cloud can be reached.`;
    }
    await api.close();
    throw e;
  }
}
