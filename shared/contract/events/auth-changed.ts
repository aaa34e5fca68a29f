import { defineEvent } from '../define.ts';
import { AuthStatusSchema } from '../calls/auth.ts';

/** `auth:changed`: after every login, logout, finished or failed browser login, so every window agrees. */
export const authChangedEvent = defineEvent({
  summary: 'The login changed (logged in, out, a pending login finished or failed)',
  payload: AuthStatusSchema,
});
