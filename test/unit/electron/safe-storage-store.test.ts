import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createSafeStorageSecretStore,
  SAFE_SECRETS_FILE_NAME,
  type SafeStoragePort,
} from '../../../main/electron/safe-storage-store.ts';

/**
 * Stands in for Electron's safeStorage (no Electron binary here): a reversible transform, so the test can
 * tell that what reaches the file is not the plain text.
 */
function fakeSafeStorage(backend: string, available = true): SafeStoragePort {
  return {
    isEncryptionAvailable: () => available,
    encryptString: (s) => Buffer.from(`sealed:${Buffer.from(s).toString('hex')}`),
    decryptString: (b) => {
      const text = b.toString();
      if (!text.startsWith('sealed:')) throw new Error('cannot decrypt');
      return Buffer.from(text.slice(7), 'hex').toString();
    },
    getSelectedStorageBackend: () => backend,
  };
}

let dir: string;

/** The desktop store on a fake keyring `backend` (Linux unless `platform` says otherwise). */
function storeOn(
  backend: string | SafeStoragePort,
  allowBasicText = false,
  platform: NodeJS.Platform = 'linux',
) {
  const safeStorage = typeof backend === 'string' ? fakeSafeStorage(backend) : backend;
  return createSafeStorageSecretStore({ safeStorage, dir, platform, allowBasicText });
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'meterscope-safe-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('desktop SecretStore (safeStorage)', () => {
  it('keeps tokens encrypted on disk with a keyring, and says so on the badge', async () => {
    const store = storeOn('gnome_libsecret');
    await store.set('oauth:refresh', 'refresh-token-123');
    const onDisk = await readFile(join(dir, SAFE_SECRETS_FILE_NAME), 'utf8');
    expect(onDisk).not.toContain('refresh-token-123');
    expect(store.describe()).toEqual({
      kind: 'safe-storage',
      encrypted: true,
      label: 'Encrypted with GNOME keyring (libsecret)',
      reason: 'encrypted',
      detail: 'GNOME keyring (libsecret)',
    });
    const again = storeOn('gnome_libsecret');
    expect(await again.get('oauth:refresh')).toBe('refresh-token-123');
    await again.delete('oauth:refresh');
    expect(await again.get('oauth:refresh')).toBeUndefined();
  });

  it('refuses Linux basic_text unless the user agreed: memory only, and the badge says why', async () => {
    const store = storeOn('basic_text');
    await store.set('oauth:refresh', 'refresh-token-123');
    expect(await store.get('oauth:refresh')).toBe('refresh-token-123');
    await expect(readFile(join(dir, SAFE_SECRETS_FILE_NAME))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(store.describe()).toMatchObject({
      kind: 'memory',
      encrypted: false,
      reason: 'basic-text-refused',
    });
    expect(store.describe().label).toContain('basic_text');
  });

  it('uses basic_text once the user agreed, and never calls it encrypted', async () => {
    const store = storeOn('basic_text', true);
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    expect(store.describe()).toMatchObject({
      kind: 'safe-storage',
      encrypted: false,
      reason: 'basic-text-allowed',
    });
    expect(store.describe().label).toContain('NOT real encryption');
  });

  it('falls back to memory when no encryption is available at all', () => {
    const store = storeOn(fakeSafeStorage('unknown', false), true, 'win32');
    expect(store.describe()).toMatchObject({ kind: 'memory', encrypted: false, reason: 'no-keychain' });
  });

  it('names the macOS keychain and never asks for a Linux backend there', () => {
    const port = fakeSafeStorage('ignored');
    port.getSelectedStorageBackend = () => {
      throw new Error('Linux only');
    };
    const store = storeOn(port, false, 'darwin');
    expect(store.describe().label).toBe('Encrypted with macOS Keychain');
  });

  it('treats a value it cannot decrypt (other account, reset keychain) as not stored', async () => {
    await writeFile(
      join(dir, SAFE_SECRETS_FILE_NAME),
      JSON.stringify({ secrets: { k: Buffer.from('garbage').toString('base64') } }),
    );
    const store = storeOn('kwallet5');
    expect(await store.get('k')).toBeUndefined();
  });

  it('reports a damaged file with a stable code instead of crashing', async () => {
    await writeFile(join(dir, SAFE_SECRETS_FILE_NAME), '{broken');
    const store = storeOn('kwallet5');
    await expect(store.get('k')).rejects.toMatchObject({ code: 'store_corrupt' });
  });
});
