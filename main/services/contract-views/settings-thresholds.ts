import type { Settings } from '../../../shared/contract/settings.ts';
import { defaultThresholds, type FleetThresholds } from '../fleet/derive-states.ts';

/** The fleet rules from the user's settings (offline minutes, stale hours), smart-me's defaults otherwise. */
export function thresholdsFrom(settings: Settings): FleetThresholds {
  return {
    ...defaultThresholds,
    onlineWithinMs: settings.thresholds.deviceOfflineMinutes * 60_000,
    staleAfterMs: settings.thresholds.mbusStaleHours * 3_600_000,
  };
}
