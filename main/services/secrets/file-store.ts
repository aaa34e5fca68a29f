import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SecretStoreError, type SecretStore } from './secret-store.ts';

/** The file's name inside the Meterscope home folder. */
export const SECRETS_FILE_NAME = 'secrets.json';

const NOTE = 'Meterscope secrets. This file is NOT encrypted: anyone who can read it can use these logins.';

interface FileShape {
  note: string;
  secrets: Record<string, string>;
}

/**
 * An opt-in store in a plain JSON file (mode 0600, folder 0700) for the CLI and machines without a keyring.
 * It says plainly that it is not encrypted. Writes are atomic (temp file + rename) and queued, so a crash or
 * two quick logins never leave half a file or lose an entry.
 */
export function createFileSecretStore(dir: string): SecretStore {
  const path = join(dir, SECRETS_FILE_NAME);
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(op: () => Promise<T>): Promise<T> => {
    const next = queue.then(op, op);
    queue = next.catch(() => undefined);
    return next;
  };

  const read = async (): Promise<Record<string, string>> => {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw new SecretStoreError('store_unreadable', `Cannot read the login file ${path}: ${errnoText(e)}`);
    }
    return parseSecrets(text, path);
  };

  const write = async (secrets: Record<string, string>): Promise<void> => {
    const body: FileShape = { note: NOTE, secrets };
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await writeFile(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, path);
      await chmod(path, 0o600);
    } catch (e) {
      throw new SecretStoreError('store_unwritable', `Cannot write the login file ${path}: ${errnoText(e)}`);
    }
  };

  return {
    get: (key) => serial(async () => (await read())[key]),
    set: (key, value) => serial(async () => write({ ...(await read()), [key]: value })),
    delete: (key) =>
      serial(async () => {
        const secrets = await read();
        if (!(key in secrets)) return;
        delete secrets[key];
        await write(secrets);
      }),
    describe: () => ({ kind: 'file', encrypted: false, label: `Plain file (NOT encrypted): ${path}` }),
  };
}

function parseSecrets(text: string, path: string): Record<string, string> {
  const corrupt = () =>
    new SecretStoreError(
      'store_corrupt',
      `The login file ${path} is damaged and was left untouched. Move it away and log in again.`,
    );
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw corrupt();
  }
  const secrets = (parsed as Partial<FileShape> | null)?.secrets;
  if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) throw corrupt();
  const entries = Object.entries(secrets);
  if (entries.some(([, v]) => typeof v !== 'string')) throw corrupt();
  return Object.fromEntries(entries) as Record<string, string>;
}

function errnoText(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? 'unknown error';
}
