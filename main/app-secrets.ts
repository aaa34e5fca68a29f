import type { ContractServices } from '../shared/contract/types.ts';
import type { SecretStore } from './services/secrets/secret-store.ts';

/** The SecretStore key of the ngrok authtoken: the tunnel starter reads it from here. */
export const NGROK_AUTHTOKEN_SECRET = 'tunnel:ngrok-authtoken';

/**
 * Settings secrets (the ngrok authtoken) go into main's token storage, never into settings.json; the
 * renderer can set or forget them and learn whether one is stored, but never read one back.
 */
export function createSecretsServices(
  store: SecretStore,
): Pick<ContractServices, 'secrets:status' | 'secrets:set'> {
  const status = async () => ({ ngrokAuthtoken: (await store.get(NGROK_AUTHTOKEN_SECRET)) !== undefined });
  return {
    'secrets:status': status,
    'secrets:set': async ({ value }) => {
      if (value === null) await store.delete(NGROK_AUTHTOKEN_SECRET);
      else await store.set(NGROK_AUTHTOKEN_SECRET, value);
      return status();
    },
  };
}
