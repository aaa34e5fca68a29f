import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnownHookUrlStore } from '../realtime/known-hook-urls.ts';

/**
 * Remembers the digests of webhook URLs Meterscope used, in `$METERSCOPE_HOME/known-hook-urls.json`, so a
 * registration left behind by an earlier run (crash, clean-up off) is marked stale in the next one.
 */
export function fileKnownHookUrlStore(home: string): KnownHookUrlStore {
  const path = join(home, 'known-hook-urls.json');
  return {
    async load() {
      try {
        const parsed: unknown = JSON.parse(await readFile(path, 'utf8'));
        return Array.isArray(parsed) ? parsed.filter((d): d is string => typeof d === 'string') : [];
      } catch {
        return [];
      }
    },
    async save(digests) {
      await mkdir(home, { recursive: true });
      await writeFile(`${path}.tmp`, JSON.stringify(digests.slice(-500)));
      await rename(`${path}.tmp`, path);
    },
  };
}
