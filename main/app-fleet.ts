import { join } from 'node:path';
import type { Device } from '../shared/api/index.ts';
import type { FleetView, GatewayView } from '../shared/contract/calls/fleet.ts';
import type { Contract } from '../shared/contract/contract.ts';
import type { ContractServices } from '../shared/contract/types.ts';
import type { EventHub } from './ipc/event-hub.ts';
import { fleetView } from './services/contract-views/fleet-view.ts';
import { thresholdsFrom } from './services/contract-views/settings-thresholds.ts';
import { throttleProgress } from './services/contract-views/throttle-progress.ts';
import { fileFleetCache } from './services/fleet/file-fleet-cache.ts';
import { loadFleetWithCache } from './services/fleet/load-fleet-with-cache.ts';
import type { ActiveSession, SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** What the fleet call needs from the app. */
export interface FleetContext {
  session: SessionManager;
  settings: SettingsService;
  events: EventHub<Contract>;
  /** The Meterscope home: the offline cache lives in `<home>/cache`, shared with the CLI. */
  home: string;
  clock?: () => number;
}

/** The fleet call plus what the gateway calls share with it: the last fleet held in main. */
export interface FleetServices {
  services: Pick<ContractServices, 'fleet:load'>;
  /** The last value date of a device in the last loaded fleet of this account (for gateway refreshes). */
  valueDateOf(cacheKey: string, deviceId: string): string | undefined;
  /** Puts a refreshed gateway into the held fleet, so the next `fleet:load` shows it. */
  replaceGateway(cacheKey: string, gateway: GatewayView): void;
  /** The last loaded fleet of this account and its raw device list (the site report's plausibility hints). */
  held(cacheKey: string): { view: FleetView; devices: readonly Device[] } | undefined;
}

/**
 * `fleet:load` over the fleet loader: live with progress events, the cache when offline, thresholds from
 * the settings. One load per account runs at a time (a second window joins it), and the result is held so
 * switching views or windows does not reload 10,000 devices.
 */
export function createFleetServices(ctx: FleetContext): FleetServices {
  const clock = ctx.clock ?? Date.now;
  const cache = fileFleetCache(join(ctx.home, 'cache'));
  let held:
    | { cacheKey: string; view: FleetView; devices: readonly Device[]; dates: Map<string, string | null> }
    | undefined;
  let running: { cacheKey: string; promise: Promise<FleetView> } | undefined;

  const load = async (s: ActiveSession): Promise<FleetView> => {
    const { settings } = await ctx.settings.get();
    const result = await loadFleetWithCache({
      api: s.api,
      server: s.server,
      cache,
      cacheKey: s.cacheKey,
      thresholds: thresholdsFrom(settings),
      now: clock,
      onProgress: throttleProgress((p) => ctx.events.emit('fleet:progress', p), clock),
    });
    const view = fleetView(result);
    const dates = new Map(view.devices.map((d) => [d.id.toLowerCase(), d.valueDate]));
    held = { cacheKey: s.cacheKey, view, devices: result.fleet.devices, dates };
    return view;
  };

  return {
    services: {
      'fleet:load': async ({ refresh }) => {
        const s = await ctx.session.require();
        if (!refresh && held?.cacheKey === s.cacheKey) return held.view;
        if (running?.cacheKey === s.cacheKey) return running.promise;
        const promise = load(s).finally(() => {
          if (running?.promise === promise) running = undefined;
        });
        running = { cacheKey: s.cacheKey, promise };
        return promise;
      },
    },
    valueDateOf: (cacheKey, deviceId) =>
      held?.cacheKey === cacheKey ? (held.dates.get(deviceId.toLowerCase()) ?? undefined) : undefined,
    replaceGateway(cacheKey, gateway) {
      if (held?.cacheKey !== cacheKey) return;
      const gateways = held.view.gateways.map((g) => (g.id === gateway.id ? gateway : g));
      held = { ...held, view: { ...held.view, gateways } };
    },
    held: (cacheKey) =>
      held?.cacheKey === cacheKey ? { view: held.view, devices: held.devices } : undefined,
  };
}
