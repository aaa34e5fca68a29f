import {
  RegisterRealtimeApiDataListSchema,
  type RegisterRealtimeApiData,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { seg, type CallOptions } from './call-options.ts';

/** The Realtime-API webhook registration endpoints (smartme-api.md §3.7). */
export function realtimeRegistrationEndpoints(client: ApiClient) {
  return {
    /** GET /RegisterForRealtimeApi: every webhook registration of the account. */
    registrations: (o: CallOptions = {}): Promise<RegisterRealtimeApiData[]> =>
      client.request({
        method: 'GET',
        path: '/RegisterForRealtimeApi',
        schema: RegisterRealtimeApiDataListSchema,
        ...o,
      }),

    /** POST /RegisterForRealtimeApi: create or update a registration (one meter or the whole account). */
    register: (body: RegisterRealtimeApiData, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: '/RegisterForRealtimeApi', body, ...o }),

    /** DELETE /RegisterForRealtimeApi/{id}: stop the pushes of a registration. */
    unregister: (id: string, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'DELETE', path: `/RegisterForRealtimeApi/${seg(id)}`, ...o }),
  };
}
