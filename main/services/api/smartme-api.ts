import { createApiClient, type ApiClient, type ApiClientOptions } from './api-client.ts';
import { actionEndpoints } from './endpoints/actions.ts';
import { deviceEndpoints } from './endpoints/devices.ts';
import { mbusGatewayEndpoints } from './endpoints/mbus-gateway.ts';
import { partnerEndpoints } from './endpoints/partner.ts';
import { realtimeRegistrationEndpoints } from './endpoints/realtime-registration.ts';
import { userEndpoints } from './endpoints/user.ts';
import { valueEndpoints } from './endpoints/values.ts';

/** Every typed smart-me endpoint on one object, sharing one client (auth, limiter, retries, connection pool). */
export type SmartMeApi = ReturnType<typeof bindEndpoints> & {
  /** The underlying client: progress counters, close(). */
  client: ApiClient;
  /** Closes pooled connections. */
  close(): Promise<void>;
};

function bindEndpoints(client: ApiClient) {
  return {
    ...deviceEndpoints(client),
    ...valueEndpoints(client),
    ...actionEndpoints(client),
    ...mbusGatewayEndpoints(client),
    ...realtimeRegistrationEndpoints(client),
    ...userEndpoints(client),
    ...partnerEndpoints(client),
  };
}

/** Creates the typed API for one account. The CLI, the app and the fleet loader all start here. */
export function createSmartMeApi(options: ApiClientOptions | ApiClient): SmartMeApi {
  const client = 'request' in options ? options : createApiClient(options);
  return { ...bindEndpoints(client), client, close: () => client.close() };
}
