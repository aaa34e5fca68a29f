import { ActionToPostSchema, type ActionInformation } from '../../../shared/api/index.ts';
import { parseBody } from '../http/parse-body.ts';
import { empty, json } from '../http/reply.ts';
import type { Route } from '../http/router.ts';
import { applyActions } from '../model/apply-actions.ts';
import { ownDevice } from '../world/queries.ts';

/** Switching outputs (§3.3): GET lists a device's outputs, POST switches them. */
export const actionRoutes: Route[] = [
  {
    pattern: '/actions/:id',
    methods: {
      GET: (req) => {
        const device = ownDevice(req.sim.world, req.caller.account, req.params.id ?? '');
        const actions: ActionInformation[] = device.outputs.map((o) => ({
          Name: o.name,
          ObisCode: o.obisHex,
          ActionType: o.actionType,
          MinValue: o.minValue,
          MaxValue: o.maxValue,
        }));
        return json(actions);
      },
    },
  },
  {
    pattern: '/actions',
    methods: {
      POST: (req) => {
        const body = parseBody(
          ActionToPostSchema,
          req.body,
          'bad-action',
          'an ActionToPost {DeviceID, Actions}',
        );
        const device = ownDevice(req.sim.world, req.caller.account, body.DeviceID);
        applyActions(device, body.Actions, req.sim.clock());
        return empty();
      },
    },
  },
];
