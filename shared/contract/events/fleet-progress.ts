import { defineEvent } from '../define.ts';
import { FleetProgressSchema } from '../calls/fleet.ts';

/** `fleet:progress`: how far a fleet load is (a few per second at most), for the progress bars. */
export const fleetProgressEvent = defineEvent({
  summary: 'Progress of the running fleet load',
  payload: FleetProgressSchema,
});
