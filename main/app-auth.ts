import type { ContractServices } from '../shared/contract/types.ts';
import { redirectSelfTest } from './services/auth/redirect-self-test.ts';
import type { SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';

/** The Connect view's calls, over the session manager (which raises `auth:changed`). */
export function createAuthServices(
  session: SessionManager,
  settings: SettingsService,
): Pick<ContractServices, 'auth:status' | 'auth:login' | 'auth:cancel' | 'auth:logout' | 'auth:selfTest'> {
  return {
    'auth:status': () => session.status(),
    'auth:login': (request) => session.login(request),
    'auth:cancel': () => session.cancel(),
    'auth:logout': () => session.logout(),
    'auth:selfTest': async ({ port }) =>
      redirectSelfTest({ port: port ?? (await settings.get()).settings.oauth.redirectPort }),
  };
}
