import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createMemorySecretStore } from '../services/secrets/memory-store.ts';
import {
  SecretStoreError,
  type SecretStore,
  type SecretStoreInfo,
} from '../services/secrets/secret-store.ts';

/** The part of Electron's `safeStorage` this adapter uses: a port, so it is tested without Electron. */
export interface SafeStoragePort {
  isEncryptionAvailable(): boolean;
  encryptString(plainText: string): Buffer;
  decryptString(encrypted: Buffer): string;
  /** Linux only. */
  getSelectedStorageBackend(): string;
}

/** Options of the desktop SecretStore. */
export interface SafeStorageStoreOptions {
  safeStorage: SafeStoragePort;
  /** The Meterscope home folder. */
  dir: string;
  platform: NodeJS.Platform;
  /** The user agreed (in Settings) to `basic_text`, Chromium's fallback with a hard-coded key. */
  allowBasicText: boolean;
}

/** The encrypted secrets file inside the home folder. */
export const SAFE_SECRETS_FILE_NAME = 'secrets.safe.json';

const KEYRING_NAMES: Record<string, string> = {
  darwin: 'the macOS Keychain',
  win32: 'Windows DPAPI',
  gnome_libsecret: 'the GNOME keyring (libsecret)',
  kwallet: 'KWallet',
  kwallet5: 'KWallet 5',
  kwallet6: 'KWallet 6',
};

/**
 * The desktop app's SecretStore: values encrypted with Electron's safeStorage (OS keychain) in
 * `secrets.safe.json`. On Linux without a keyring Chromium falls back to `basic_text`, whose key is
 * hard-coded: that is obfuscation, not encryption, so it is refused unless the user agreed; logins are then
 * kept in memory only. `describe()` says which case applies, for the badge.
 */
export function createSafeStorageSecretStore(options: SafeStorageStoreOptions): SecretStore {
  const { safeStorage, platform } = options;
  const available = safeStorage.isEncryptionAvailable();
  const backend = platform === 'linux' ? safeStorage.getSelectedStorageBackend() : platform;
  if (!available || backend === 'unknown') {
    return withLabel(
      createMemorySecretStore(),
      'In memory only: this system offers no keychain for Meterscope, so logins are forgotten when it exits.',
    );
  }
  if (backend === 'basic_text' && !options.allowBasicText) {
    return withLabel(
      createMemorySecretStore(),
      'In memory only: no system keyring was found (Linux basic_text, a hard-coded key). ' +
        'Allow it in Settings to keep logins across restarts without real encryption.',
    );
  }
  const info: SecretStoreInfo =
    backend === 'basic_text'
      ? {
          kind: 'safe-storage',
          encrypted: false,
          label: 'Obfuscated only (Linux basic_text, a hard-coded key: NOT real encryption), as you allowed',
        }
      : {
          kind: 'safe-storage',
          encrypted: true,
          label: `Encrypted with ${KEYRING_NAMES[backend] ?? backend}`,
        };
  return encryptedFileStore(options, info);
}

function encryptedFileStore(options: SafeStorageStoreOptions, info: SecretStoreInfo): SecretStore {
  const path = join(options.dir, SAFE_SECRETS_FILE_NAME);
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
      throw new SecretStoreError('store_unreadable', `Cannot read the login file ${path}.`);
    }
    try {
      const parsed = JSON.parse(text) as { secrets?: unknown };
      const secrets = parsed.secrets;
      if (typeof secrets !== 'object' || secrets === null || Array.isArray(secrets)) throw new Error('shape');
      return secrets as Record<string, string>;
    } catch {
      throw new SecretStoreError(
        'store_corrupt',
        `The login file ${path} is damaged and was left untouched. Move it away and log in again.`,
      );
    }
  };

  const write = async (secrets: Record<string, string>): Promise<void> => {
    const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      await mkdir(options.dir, { recursive: true, mode: 0o700 });
      const body = { note: `Meterscope logins. ${info.label}.`, secrets };
      await writeFile(temp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
      await rename(temp, path);
    } catch {
      throw new SecretStoreError('store_unwritable', `Cannot write the login file ${path}.`);
    }
  };

  return {
    get: (key) =>
      serial(async () => {
        const sealed = (await read())[key];
        if (sealed === undefined) return undefined;
        try {
          return options.safeStorage.decryptString(Buffer.from(sealed, 'base64'));
        } catch {
          // Sealed by another user account or a reset keychain: treat as not stored (log in again).
          return undefined;
        }
      }),
    set: (key, value) =>
      serial(async () => {
        const sealed = options.safeStorage.encryptString(value).toString('base64');
        await write({ ...(await read()), [key]: sealed });
      }),
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

function withLabel(store: SecretStore, label: string): SecretStore {
  return { ...store, describe: () => ({ kind: 'memory', encrypted: false, label }) };
}
