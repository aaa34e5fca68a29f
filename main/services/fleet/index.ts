/** The fleet loader: devices, M-Bus gateways and meters with derived states, cached for offline use. */
export { loadFleet, type FleetApi, type LoadFleetOptions } from './load-fleet.ts';
export { loadFleetWithCache, type LoadFleetWithCacheOptions } from './load-fleet-with-cache.ts';
export { fleetCacheKey, memoryFleetCache, type FleetCache } from './fleet-cache.ts';
export { fileFleetCache } from './file-fleet-cache.ts';
export {
  defaultThresholds,
  isMeterStale,
  isOnline,
  staleAfterMs,
  ageMs,
  type FleetThresholds,
} from './derive-states.ts';
export { buildGateway, hasDevice, EMPTY_GUID } from './build-gateway.ts';
export type * from './fleet-types.ts';
export { rssiBand, RSSI_ADVICE, type RssiBand } from './rssi-band.ts';
export { describeValues, type DeviceValues, type ValueRow } from './value-rows.ts';
