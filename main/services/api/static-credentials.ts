import type { CredentialsProvider } from './credentials.ts';

/**
 * Basic auth from a user name (or e-mail) and password given on the command line. smart-me calls Basic
 * deprecated but it still works, and it is what a technician has at hand on site.
 */
export function basicCredentials(user: string, password: string): CredentialsProvider {
  const header = `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
  return { kind: 'basic', authorization: async () => header };
}

/** `Authorization: ApiKey <key>`: the recommended scheme for scripts (keys are made in the smart-me portal). */
export function apiKeyCredentials(key: string): CredentialsProvider {
  const header = `ApiKey ${key}`;
  return { kind: 'apikey', authorization: async () => header };
}
