import { fileFleetCache } from '../services/fleet/file-fleet-cache.ts';
import { fleetCacheKey } from '../services/fleet/fleet-cache.ts';
import type { FleetResult } from '../services/fleet/fleet-types.ts';
import { loadFleetWithCache } from '../services/fleet/load-fleet-with-cache.ts';
import { cacheDir, type Connection } from './connection.ts';
import { ageText } from './display.ts';
import type { CliIo } from './io.ts';

/** Loads the fleet for `devices` and `gateways`, live or (offline) from `$METERSCOPE_HOME/cache`. */
export function loadFleetForCli(c: Connection, io: CliIo): Promise<FleetResult> {
  return loadFleetWithCache({
    api: c.api,
    server: c.server,
    cache: fileFleetCache(cacheDir(c)),
    cacheKey: fleetCacheKey(c.server, c.account),
    signal: io.signal,
  });
}

/**
 * Tells the user, on stderr, what the table cannot: that the data is old (offline, from the cache) and which
 * items could not be loaded. Stdout stays the data alone, so it can be piped.
 */
export function warnAboutFleet(command: string, r: FleetResult, io: CliIo): void {
  if (r.stale) {
    io.err(
      `meterscope ${command}: data as of ${r.fleet.loadedAt} (${ageText(r.ageMs)} old), from the cache: ` +
        `the cloud could not be reached [${r.error?.code}].\n`,
    );
  }
  for (const p of r.fleet.problems)
    io.err(`meterscope ${command}: could not load ${p.item}: [${p.code}] ${p.message}\n`);
}

/** The top-level fields every fleet --json output carries next to its list: age, source and problems. */
export function fleetJsonMeta(r: FleetResult) {
  return {
    dataAsOf: r.fleet.loadedAt,
    source: r.source,
    stale: r.stale,
    ageSeconds: Math.round(r.ageMs / 1000),
    problems: r.fleet.problems,
  };
}
