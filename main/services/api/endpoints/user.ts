import { UserSchema, type User } from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import type { CallOptions } from './call-options.ts';

/** The account endpoint (smartme-api.md §3.8): also the cheapest check that credentials work. */
export function userEndpoints(client: ApiClient) {
  return {
    /** GET /User: who is logged in, permissions and sub-users. */
    user: (o: CallOptions = {}): Promise<User> =>
      client.request({ method: 'GET', path: '/User', schema: UserSchema, ...o }),
  };
}
