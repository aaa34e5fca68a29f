import { createJsonFileStore } from '../services/secrets/json-file-store.ts';
import { createMemorySecretStore } from '../services/secrets/memory-store.ts';
import type { SecretStore, SecretStoreInfo, SecretStoreReason } from '../services/secrets/secret-store.ts';

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
  darwin: 'macOS Keychain',
  win32: 'Windows DPAPI',
  gnome_libsecret: 'GNOME keyring (libsecret)',
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
      'no-keychain',
    );
  }
  if (backend === 'basic_text' && !options.allowBasicText) {
    return withLabel(
      createMemorySecretStore(),
      'In memory only: no system keyring was found (Linux basic_text, a hard-coded key). ' +
        'Allow it in Settings to keep logins across restarts without real encryption.',
      'basic-text-refused',
    );
  }
  const info: SecretStoreInfo =
    backend === 'basic_text'
      ? {
          kind: 'safe-storage',
          encrypted: false,
          label: 'Obfuscated only (Linux basic_text, a hard-coded key: NOT real encryption), as you allowed',
          reason: 'basic-text-allowed',
        }
      : {
          kind: 'safe-storage',
          encrypted: true,
          label: `Encrypted with ${KEYRING_NAMES[backend] ?? backend}`,
          reason: 'encrypted',
          detail: KEYRING_NAMES[backend] ?? backend,
        };
  return encryptedFileStore(options, info);
}

function encryptedFileStore(options: SafeStorageStoreOptions, info: SecretStoreInfo): SecretStore {
  const { safeStorage } = options;
  return createJsonFileStore({
    dir: options.dir,
    fileName: SAFE_SECRETS_FILE_NAME,
    note: `Meterscope logins. ${info.label}.`,
    info,
    seal: (value) => safeStorage.encryptString(value).toString('base64'),
    unseal: (sealed) => {
      try {
        return safeStorage.decryptString(Buffer.from(sealed, 'base64'));
      } catch {
        // Sealed by another user account or a reset keychain: treat as not stored (log in again).
        return undefined;
      }
    },
  });
}

function withLabel(store: SecretStore, label: string, reason: SecretStoreReason): SecretStore {
  return { ...store, describe: () => ({ kind: 'memory', encrypted: false, label, reason }) };
}
