import { homedir } from 'node:os';
import type { CredentialsProvider } from '../api/credentials.ts';
import { createFileSecretStore } from '../secrets/file-store.ts';
import { meterscopeHome } from '../secrets/meterscope-home.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { AuthError } from './auth-error.ts';
import { loginKey, loginRecordSchema, type LoginRecord } from './login-record.ts';
import { sessionFromRecord } from './session-from-record.ts';

/** Reads the login stored for `baseUrl` from a store; undefined when there is none. */
export async function readLogin(store: SecretStore, baseUrl: string): Promise<LoginRecord | undefined> {
  const raw = await store.get(loginKey(baseUrl));
  if (raw === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  const result = loginRecordSchema.safeParse(parsed);
  if (!result.success) {
    throw new AuthError(
      'stored_login_invalid',
      `The stored login for ${baseUrl} is damaged. Run "meterscope login" again (or "meterscope login --logout").`,
    );
  }
  return result.data;
}

/** Stores a login under its base URL, replacing any earlier one. */
export async function writeLogin(store: SecretStore, record: LoginRecord): Promise<void> {
  await store.set(loginKey(record.baseUrl), JSON.stringify(record));
}

/** Forgets the login for `baseUrl`; resolves true when there was one. */
export async function deleteLogin(store: SecretStore, baseUrl: string): Promise<boolean> {
  const key = loginKey(baseUrl);
  if ((await store.get(key)) === undefined) return false;
  await store.delete(key);
  return true;
}

/** The opt-in file store in the Meterscope home folder (`home` wins over the environment). */
export function fileStoreFor(options: {
  home?: string;
  env?: Record<string, string | undefined>;
}): SecretStore {
  return createFileSecretStore(options.home ?? meterscopeHome(options.env ?? process.env, homedir()));
}

/**
 * The credentials of the login `meterscope login` stored for `baseUrl`, or undefined when there is none.
 * Commands call it when no --user/--password/--api-key is given. OAuth logins renew themselves and write
 * rotated tokens back to the same file.
 */
export async function loadStoredLogin(options: {
  home?: string;
  baseUrl: string;
  env?: Record<string, string | undefined>;
}): Promise<CredentialsProvider | undefined> {
  const store = fileStoreFor(options);
  const record = await readLogin(store, options.baseUrl);
  return record && sessionFromRecord(record, (next) => writeLogin(store, next));
}
