import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FleetCache } from './fleet-cache.ts';
import type { Fleet } from './fleet-types.ts';

interface CacheFile {
  version: 1;
  key: string;
  savedAtMs: number;
  fleet: Fleet;
}

function isCacheFile(x: unknown, key: string): x is CacheFile {
  const f = x as Partial<CacheFile> | null;
  return (
    !!f &&
    f.version === 1 &&
    f.key === key &&
    typeof f.savedAtMs === 'number' &&
    !!f.fleet &&
    Array.isArray(f.fleet.devices) &&
    Array.isArray(f.fleet.gateways)
  );
}

/**
 * Fleet cache files in `dir` (normally `$METERSCOPE_HOME/cache`), one per account and server, named by a hash of
 * the key. Written to a temporary file and renamed, so a crash mid-write never leaves a torn cache; a damaged or
 * foreign file reads as "no cache" instead of an error.
 */
export function fileFleetCache(dir: string): FleetCache {
  const pathFor = (key: string) =>
    join(dir, `fleet-${createHash('sha256').update(key).digest('hex').slice(0, 16)}.json`);
  return {
    async read(key) {
      try {
        const parsed: unknown = JSON.parse(await readFile(pathFor(key), 'utf8'));
        return isCacheFile(parsed, key) ? { fleet: parsed.fleet, savedAtMs: parsed.savedAtMs } : undefined;
      } catch {
        return undefined;
      }
    },
    async write(key, fleet, savedAtMs) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const file: CacheFile = { version: 1, key, savedAtMs, fleet };
      const target = pathFor(key);
      const temp = `${target}.${randomBytes(4).toString('hex')}.tmp`;
      await writeFile(temp, JSON.stringify(file), { mode: 0o600 });
      await rename(temp, target);
    },
  };
}
