import type { Contract } from '../shared/contract/contract.ts';
import type { CallName, ContractServices } from '../shared/contract/types.ts';
import type { DemoSession } from './app.ts';
import { createAuthServices } from './app-auth.ts';
import { createDeviceServices } from './app-device.ts';
import { createFleetServices, type FleetServices } from './app-fleet.ts';
import { createGatewayServices } from './app-gateway.ts';
import { createPartnerServices } from './app-partner.ts';
import { createSecretsServices } from './app-secrets.ts';
import type { EventHub } from './ipc/event-hub.ts';
import type { SecretStore } from './services/secrets/secret-store.ts';
import type { DemoStarter } from './services/session/demo-starter.ts';
import {
  createSessionManager,
  type SessionManager,
  type SessionManagerOptions,
} from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** The calls of the account views: Connect, Devices, Gateways, Inspector, Customers and the Settings secrets. */
export type AccountCallName = Extract<
  CallName,
  | `auth:${string}`
  | `fleet:${string}`
  | `gateway:${string}`
  | `device:${string}`
  | `secrets:${string}`
  | `partner:${string}`
>;

/** What the account services need from the composition root. */
export interface AccountContext {
  events: EventHub<Contract>;
  settings: SettingsService;
  secretStore: SecretStore;
  demo: DemoSession | null;
  home: string;
  /** Starts the demo simulator on request when not in demo mode (tests pass their own). */
  startDemo?: DemoStarter;
  clock?: () => number;
  /** OAuth HTTP port (tests). */
  fetch?: typeof fetch;
  /** Extra API client options for every login (tests: no retries). */
  api?: SessionManagerOptions['api'];
}

/**
 * Builds the login session and every call of the account views on it, so app.ts adds them in one line.
 * `close` ends a pending browser login, closes the API connections and stops a demo started on request.
 */
export function createAccountServices(ctx: AccountContext): {
  services: Pick<ContractServices, AccountCallName>;
  session: SessionManager;
  /** The held fleet (the site report and the support bundle read it). */
  fleet: FleetServices;
  close(): Promise<void>;
} {
  const session = createSessionManager({
    secretStore: ctx.secretStore,
    settings: ctx.settings,
    demo: ctx.demo,
    startDemo: ctx.startDemo,
    clock: ctx.clock,
    fetch: ctx.fetch,
    api: ctx.api,
    onChange: (status) => ctx.events.emit('auth:changed', status),
  });
  const fleet = createFleetServices({ ...ctx, session });
  return {
    services: {
      ...createAuthServices(session, ctx.settings),
      ...fleet.services,
      ...createGatewayServices({ ...ctx, session, fleet }),
      ...createDeviceServices({ ...ctx, session }),
      ...createPartnerServices({ ...ctx, session }),
      ...createSecretsServices(ctx.secretStore),
    },
    session,
    fleet,
    close: () => session.close(),
  };
}
