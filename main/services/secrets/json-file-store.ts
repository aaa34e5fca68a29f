import { chmod, mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { SecretStoreError, type SecretStore, type SecretStoreInfo } from './secret-store.ts';

/** Where and how a JSON-file SecretStore keeps its values. */
export interface JsonFileStoreOptions {
  /** The Meterscope home folder (created 0700 when missing). */
  dir: string;
  /** The file's name inside `dir`. */
  fileName: string;
  /** The `note` at the top of the file, for anyone who opens it. */
  note: string;
  /** What `describe()` answers. */
  info: SecretStoreInfo;
  /** What is written for a value (the value itself when left out; safeStorage encrypts it). */
  seal?: (value: string) => string;
  /** The value back from what was written, or undefined when it cannot be read (treated as not stored). */
  unseal?: (sealed: string) => string | undefined;
}

interface FileShape {
  note: string;
  secrets: Record<string, string>;
}

/**
 * A SecretStore in one JSON file `{note, secrets}` (mode 0600, folder 0700): the plain-file store and the
 * desktop safeStorage store differ only in how a value is sealed. Writes are atomic (temp file + rename) and
 * queued, so a crash or two quick logins never leave half a file or lose an entry.
 */
export function createJsonFileStore(options: JsonFileStoreOptions): SecretStore {
  const { dir, note, info, seal = (value) => value, unseal = (sealed) => sealed } = options;
  const path = join(dir, options.fileName);
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
    const body: FileShape = { note, secrets };
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
    get: (key) =>
      serial(async () => {
        const sealed = (await read())[key];
        return sealed === undefined ? undefined : unseal(sealed);
      }),
    set: (key, value) => serial(async () => write({ ...(await read()), [key]: seal(value) })),
    delete: (key) =>
      serial(async () => {
        const secrets = await read();
        if (!(key in secrets)) return;
        delete secrets[key];
        await write(secrets);
      }),
    describe: () => info,
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
