import type { GatewayView } from '../shared/contract/calls/fleet.ts';
import type { ContractServices } from '../shared/contract/types.ts';
import type { FleetServices } from './app-fleet.ts';
import { ServiceError } from './ipc/service-error.ts';
import { gatewayView } from './services/contract-views/fleet-view.ts';
import { thresholdsFrom } from './services/contract-views/settings-thresholds.ts';
import { buildGateway } from './services/fleet/build-gateway.ts';
import type { ActiveSession, SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** What the gateway calls need from the app. */
export interface GatewayContext {
  session: SessionManager;
  settings: SettingsService;
  fleet: Pick<FleetServices, 'valueDateOf' | 'replaceGateway'>;
  clock?: () => number;
}

/**
 * The gateway calls: refresh one gateway, start a bus search, change the readout interval. The writes are
 * never retried automatically (the API client retries reads only); the view confirms them first.
 */
export function createGatewayServices(
  ctx: GatewayContext,
): Pick<ContractServices, 'gateway:get' | 'gateway:search' | 'gateway:setInterval'> {
  const clock = ctx.clock ?? Date.now;

  const fresh = async (s: ActiveSession, id: string): Promise<GatewayView> => {
    const [dto, { settings }] = await Promise.all([s.api.gateway(id), ctx.settings.get()]);
    const built = buildGateway(
      id,
      dto,
      (deviceId) => ctx.fleet.valueDateOf(s.cacheKey, deviceId),
      clock(),
      thresholdsFrom(settings),
    );
    const view = gatewayView(built);
    ctx.fleet.replaceGateway(s.cacheKey, view);
    return view;
  };

  return {
    'gateway:get': async ({ id }) => fresh(await ctx.session.require(), id),
    'gateway:search': async ({ id }) => {
      const s = await ctx.session.require();
      await s.api.searchMeters(id);
      return fresh(s, id);
    },
    'gateway:setInterval': async ({ id, readoutInterval }) => {
      const s = await ctx.session.require();
      const dto = await s.api.gateway(id);
      // PUT replaces name and permission too: send back exactly what the gateway has, never a guess.
      if (typeof dto.IsAddingMetersAllowed !== 'boolean') {
        throw new ServiceError(
          'gateway-incomplete',
          'The cloud did not say whether this gateway may add meters, so its interval is not changed here. Use the smart-me portal.',
        );
      }
      await s.api.putGateway(id, {
        Name: dto.Name ?? '',
        ReadoutInterval: readoutInterval,
        IsAddingMetersAllowed: dto.IsAddingMetersAllowed,
      });
      return fresh(s, id);
    },
  };
}
