import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Fleet } from '../fleet/fleet-types.ts';

/** The fleet last saved to the offline cache, with its cache key (server and non-secret account label). */
export interface CachedFleet {
  key: string;
  savedAtMs: number;
  fleet: Fleet;
}

function asCached(x: unknown): CachedFleet | undefined {
  const f = x as Partial<CachedFleet & { version: number }> | null;
  const ok =
    !!f &&
    f.version === 1 &&
    typeof f.key === 'string' &&
    typeof f.savedAtMs === 'number' &&
    Array.isArray(f.fleet?.devices) &&
    Array.isArray(f.fleet?.gateways);
  return ok ? { key: f.key!, savedAtMs: f.savedAtMs!, fleet: f.fleet! } : undefined;
}

/**
 * The newest fleet in the offline cache folder (`$METERSCOPE_HOME/cache`), whichever account it belongs
 * to: what the technician saw last, read without network or login, so a support bundle can be made when
 * the login is the very thing that is broken. Unreadable files are skipped; undefined when there is none.
 */
export async function newestCachedFleet(dir: string): Promise<CachedFleet | undefined> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(
    (n) => n.startsWith('fleet-') && n.endsWith('.json'),
  );
  let newest: CachedFleet | undefined;
  for (const name of names) {
    try {
      const cached = asCached(JSON.parse(await readFile(join(dir, name), 'utf8')));
      if (cached && (!newest || cached.savedAtMs > newest.savedAtMs)) newest = cached;
    } catch {
      // A damaged or half-written file: the others still count.
    }
  }
  return newest;
}
