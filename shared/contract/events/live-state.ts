import { defineEvent } from '../define.ts';
import { HealthSnapshotSchema, LiveStateSchema, RegistrationListSchema } from '../calls/live-schemas.ts';

/** `live:state`: after every change of the listener or the tunnel (starting, URL, verified, receiving, failed). */
export const liveStateEvent = defineEvent({
  summary: 'The listener or tunnel state changed',
  payload: LiveStateSchema,
});

/** `live:registrations`: the registrations changed (created, deleted, cleaned up on stop, URL changed). */
export const liveRegistrationsEvent = defineEvent({
  summary: 'The Realtime-API registrations changed',
  payload: RegistrationListSchema,
});

/** `live:health`: per-device stream health, about once a second while listening. */
export const liveHealthEvent = defineEvent({
  summary: 'Per-device stream health, once a second while listening',
  payload: HealthSnapshotSchema,
});
