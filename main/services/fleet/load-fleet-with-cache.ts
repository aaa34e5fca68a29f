import { isApiError } from '../api/api-error.ts';
import type { FleetCache } from './fleet-cache.ts';
import type { FleetResult } from './fleet-types.ts';
import { loadFleet, type LoadFleetOptions } from './load-fleet.ts';

/** A fleet load that remembers its result and falls back to it when the cloud cannot be reached. */
export interface LoadFleetWithCacheOptions extends LoadFleetOptions {
  cache: FleetCache;
  /** See fleetCacheKey(): server + account, so accounts never mix. */
  cacheKey: string;
}

/**
 * Loads the fleet live and saves it; when the load fails because the network or cloud cannot be reached
 * (`offline`, `timeout`), returns the last saved fleet marked stale with its age, so a technician in a
 * basement still sees the installation. Other errors (wrong password, cancelled) are thrown as they are.
 */
export async function loadFleetWithCache(o: LoadFleetWithCacheOptions): Promise<FleetResult> {
  const now = o.now ?? Date.now;
  try {
    const fleet = await loadFleet(o);
    // A full disk or read-only home must not cost the user the data that did arrive.
    await o.cache.write(o.cacheKey, fleet, Date.parse(fleet.loadedAt)).catch(() => undefined);
    return { fleet, source: 'live', ageMs: 0, stale: false };
  } catch (e) {
    if (!isApiError(e, 'offline', 'timeout')) throw e;
    const cached = await o.cache.read(o.cacheKey);
    if (!cached) throw e;
    return {
      fleet: cached.fleet,
      source: 'cache',
      ageMs: Math.max(0, now() - cached.savedAtMs),
      stale: true,
      error: { code: e.code, message: e.message },
    };
  }
}
