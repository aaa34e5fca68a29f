import type { SmartMeApi } from '../api/smartme-api.ts';
import { defaultThresholds, type FleetThresholds } from '../fleet/derive-states.ts';
import { groupPartnerFleet, type PartnerCustomer } from './partner-fleet.ts';

/** The two partner endpoints the customer list is built from. */
export type PartnerFleetApi = Pick<SmartMeApi, 'partnerUsers' | 'partnerDeviceInformations'>;

/** What the partner's customers looked like at one moment. */
export interface PartnerFleet {
  /** When the data was fetched (ISO), for "data as of". */
  loadedAt: string;
  customers: PartnerCustomer[];
}

/**
 * Asks the cloud for the partner's customers and every customer device at once and groups them. A login
 * without a Goldpartner licence fails with the API client's `licence-required` error, whose message says so.
 */
export async function loadPartnerFleet(
  api: PartnerFleetApi,
  o: { clock?: () => number; thresholds?: FleetThresholds; signal?: AbortSignal } = {},
): Promise<PartnerFleet> {
  const clock = o.clock ?? Date.now;
  const [u, r] = await Promise.all([
    api.partnerUsers({ signal: o.signal }),
    api.partnerDeviceInformations({ signal: o.signal }),
  ]);
  const nowMs = clock();
  return {
    loadedAt: new Date(nowMs).toISOString(),
    customers: groupPartnerFleet(u, r, nowMs, o.thresholds ?? defaultThresholds),
  };
}
