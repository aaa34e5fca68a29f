/**
 * Where secrets (OAuth tokens, passwords, API keys) live. A port, so the auth service never knows whether
 * they sit in memory, in a plain file or behind Electron's safeStorage, and the UI can say which one it is.
 */
export interface SecretStore {
  /** The stored value, or undefined when nothing is stored under `key`. */
  get(key: string): Promise<string | undefined>;
  /** Stores `value` under `key`, replacing what was there. */
  set(key: string, value: string): Promise<void>;
  /** Forgets `key`; does nothing when it is not stored. */
  delete(key: string): Promise<void>;
  /** What kind of storage this is, for the token-storage badge and the CLI notice. */
  describe(): SecretStoreInfo;
}

/** How a store keeps its secrets: shown to the user so nobody believes a plain file is encrypted. */
export interface SecretStoreInfo {
  kind: 'memory' | 'file' | 'safe-storage';
  encrypted: boolean;
  /** One line for people, e.g. "Plain file (NOT encrypted): /home/me/.config/meterscope/secrets.json". */
  label: string;
  /** Which case `label` describes, so the UI can say it in the user's language (with `detail`). */
  reason: SecretStoreReason;
  /** The keychain's name (`encrypted`) or the file's path (`plain-file`). */
  detail?: string;
}

/** The cases of SecretStoreInfo: see the labels in memory-store, file-store and safe-storage-store. */
export type SecretStoreReason =
  'memory' | 'no-keychain' | 'basic-text-refused' | 'basic-text-allowed' | 'encrypted' | 'plain-file';

/** A failure of the store itself (unreadable or corrupt file), with a stable code and a message naming the file. */
export class SecretStoreError extends Error {
  override name = 'SecretStoreError';
  constructor(
    readonly code: 'store_unreadable' | 'store_corrupt' | 'store_unwritable',
    message: string,
  ) {
    super(message);
  }
}
