import { SimHttpError, empty, json } from '../http/reply.ts';
import type { Route } from '../http/router.ts';
import { registrationJson, upsertRegistration } from '../model/registrations.ts';

/** Realtime-API webhook registrations (§3.7). POST and DELETE answer an empty 200, as the API does. */
export const realtimeRoutes: Route[] = [
  {
    pattern: '/registerforrealtimeapi',
    methods: {
      GET: (req) =>
        json(
          req.sim.world.registrations
            .filter((r) => r.accountId === req.caller.account.id)
            .map(registrationJson),
        ),
      POST: (req) => {
        upsertRegistration(req.sim, req.caller.account, req.body);
        return empty();
      },
    },
  },
  {
    pattern: '/registerforrealtimeapi/:id',
    methods: {
      DELETE: (req) => {
        const id = (req.params.id ?? '').toLowerCase();
        const world = req.sim.world;
        const index = world.registrations.findIndex(
          (r) => r.id === id && r.accountId === req.caller.account.id,
        );
        if (index < 0)
          throw new SimHttpError(404, 'registration-not-found', `No registration with id ${req.params.id}.`);
        world.registrations.splice(index, 1);
        req.sim.changed();
        return empty();
      },
    },
  },
];
