import type { Fleet } from './fleet-types.ts';

/**
 * Where the last loaded fleet is kept, so a technician without network still sees the installation with
 * "data as of …". A port: the CLI uses files under `$METERSCOPE_HOME/cache/`, tests may use memory.
 */
export interface FleetCache {
  /** The fleet last saved under `key` and when it was saved, or undefined. Never throws for a bad file. */
  read(key: string): Promise<{ fleet: Fleet; savedAtMs: number } | undefined>;
  /** Saves the fleet under `key` (replacing the previous one). */
  write(key: string, fleet: Fleet, savedAtMs: number): Promise<void>;
}

/**
 * The cache key of one account on one server: the server URL plus a non-secret account label (user name,
 * a short fingerprint of an API key, or the stored login), so two accounts never see each other's data.
 */
export function fleetCacheKey(server: string, account: string): string {
  return `${server.replace(/\/+$/, '').toLowerCase()}|${account}`;
}

/** An in-memory cache: for the app's session and for tests. */
export function memoryFleetCache(): FleetCache {
  const entries = new Map<string, { fleet: Fleet; savedAtMs: number }>();
  return {
    read: async (key) => {
      const e = entries.get(key);
      return e && { fleet: structuredClone(e.fleet), savedAtMs: e.savedAtMs };
    },
    write: async (key, fleet, savedAtMs) =>
      void entries.set(key, { fleet: structuredClone(fleet), savedAtMs }),
  };
}
