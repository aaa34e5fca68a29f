import {
  ActionInformationListSchema,
  type ActionInformation,
  type ActionToPost,
} from '../../../../shared/api/index.ts';
import type { ApiClient } from '../api-client.ts';
import { seg, type CallOptions } from './call-options.ts';

/** The switching endpoints (smartme-api.md §3.3). Switching is a write: never repeated automatically. */
export function actionEndpoints(client: ApiClient) {
  return {
    /** GET /actions/{id}: the outputs of a device that can be switched, with their OBIS codes. */
    actions: (id: string, o: CallOptions = {}): Promise<ActionInformation[]> =>
      client.request({
        method: 'GET',
        path: `/actions/${seg(id)}`,
        schema: ActionInformationListSchema,
        ...o,
      }),

    /** POST /actions: switch outputs (0 off, 1 on, or an analog value). */
    postActions: (body: ActionToPost, o: CallOptions = {}): Promise<void> =>
      client.request({ method: 'POST', path: '/actions', body, ...o }),
  };
}
