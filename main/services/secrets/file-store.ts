import { join } from 'node:path';
import { createJsonFileStore } from './json-file-store.ts';
import type { SecretStore } from './secret-store.ts';

/** The file's name inside the Meterscope home folder. */
export const SECRETS_FILE_NAME = 'secrets.json';

const NOTE = 'Meterscope secrets. This file is NOT encrypted: anyone who can read it can use these logins.';

/**
 * An opt-in store in a plain JSON file (mode 0600, folder 0700) for the CLI and machines without a keyring.
 * It says plainly that it is not encrypted, in the file and on the badge.
 */
export function createFileSecretStore(dir: string): SecretStore {
  const path = join(dir, SECRETS_FILE_NAME);
  const label = `Plain file (NOT encrypted): ${path}`;
  return createJsonFileStore({
    dir,
    fileName: SECRETS_FILE_NAME,
    note: NOTE,
    info: { kind: 'file', encrypted: false, label, reason: 'plain-file', detail: path },
  });
}
