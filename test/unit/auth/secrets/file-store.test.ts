import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileSecretStore, SECRETS_FILE_NAME } from '../../../../main/services/secrets/file-store.ts';
import { createMemorySecretStore } from '../../../../main/services/secrets/memory-store.ts';
import { meterscopeHome } from '../../../../main/services/secrets/meterscope-home.ts';

let dir: string;
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'meterscope-secrets-'))));
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('the opt-in file store', () => {
  it('keeps values across instances in a 0600 file inside a 0700 folder', async () => {
    const home = join(dir, 'home');
    await createFileSecretStore(home).set('login:a', 'one');
    expect(await createFileSecretStore(home).get('login:a')).toBe('one');
    expect((await stat(join(home, SECRETS_FILE_NAME))).mode & 0o777).toBe(0o600);
    expect((await stat(home)).mode & 0o777).toBe(0o700);
  });

  it('says plainly, in its label and in the file, that it is not encrypted', async () => {
    const store = createFileSecretStore(dir);
    expect(store.describe()).toMatchObject({ kind: 'file', encrypted: false });
    expect(store.describe().label).toContain('NOT encrypted');
    await store.set('k', 'v');
    expect(await readFile(join(dir, SECRETS_FILE_NAME), 'utf8')).toContain('NOT encrypted');
  });

  it('loses nothing when several writes overlap, and deletes one key only', async () => {
    const store = createFileSecretStore(dir);
    await Promise.all(['a', 'b', 'c', 'd'].map((k) => store.set(k, k.toUpperCase())));
    await store.delete('b');
    await store.delete('not-there');
    const again = createFileSecretStore(dir);
    expect(await Promise.all(['a', 'b', 'c', 'd'].map((k) => again.get(k)))).toEqual([
      'A',
      undefined,
      'C',
      'D',
    ]);
  });

  it('leaves a damaged file untouched and says what to do', async () => {
    const path = join(dir, SECRETS_FILE_NAME);
    await writeFile(path, '{"secrets": {"a": ');
    const store = createFileSecretStore(dir);
    await expect(store.get('a')).rejects.toMatchObject({ code: 'store_corrupt' });
    await expect(store.set('a', 'x')).rejects.toThrow(/Move it away and log in again/);
    expect(await readFile(path, 'utf8')).toBe('{"secrets": {"a": ');
  });

  it('answers undefined while no file exists yet', async () => {
    expect(await createFileSecretStore(join(dir, 'none')).get('x')).toBeUndefined();
  });
});

describe('the memory store', () => {
  it('keeps values for this process only and says so', async () => {
    const store = createMemorySecretStore();
    await store.set('k', 'v');
    expect(await store.get('k')).toBe('v');
    await store.delete('k');
    expect(await store.get('k')).toBeUndefined();
    expect(store.describe()).toMatchObject({ kind: 'memory', encrypted: false });
  });
});

describe('the Meterscope home folder', () => {
  it('is $METERSCOPE_HOME, else $XDG_CONFIG_HOME/meterscope, else ~/.config/meterscope', () => {
    expect(meterscopeHome({ METERSCOPE_HOME: '/m', XDG_CONFIG_HOME: '/x' }, '/h')).toBe('/m');
    expect(meterscopeHome({ XDG_CONFIG_HOME: '/x' }, '/h')).toBe('/x/meterscope');
    expect(meterscopeHome({}, '/h')).toBe('/h/.config/meterscope');
  });
});
