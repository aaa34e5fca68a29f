import type { ContractServices } from '../shared/contract/types.ts';
import { thresholdsFrom } from './services/contract-views/settings-thresholds.ts';
import { loadPartnerFleet } from './services/partner/load-partner-fleet.ts';
import { partnerView } from './services/partner/partner-view.ts';
import type { SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** What the Goldpartner calls need from the app. */
export interface PartnerContext {
  session: SessionManager;
  settings: SettingsService;
  clock?: () => number;
}

/**
 * The Customers view's calls, for support staff with a Goldpartner licence. Online uses the offline threshold
 * from Settings, as the Devices view does. Any other login gets the API client's `licence-required` error.
 */
export function createPartnerServices(
  ctx: PartnerContext,
): Pick<ContractServices, 'partner:load' | 'partner:fast-send'> {
  const clock = ctx.clock ?? Date.now;
  return {
    'partner:load': async () => {
      const s = await ctx.session.require();
      const { settings } = await ctx.settings.get();
      const fleet = await loadPartnerFleet(s.api, { clock, thresholds: thresholdsFrom(settings) });
      return partnerView(fleet, s.server);
    },
    'partner:fast-send': async ({ id }) => {
      const s = await ctx.session.require();
      await s.api.partnerFastSendDeviceValues(id);
      return { requestedAt: new Date(clock()).toISOString() };
    },
  };
}
