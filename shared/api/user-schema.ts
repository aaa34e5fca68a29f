import { z } from 'zod';
import { optBoolean, optString } from './schema-fields.ts';

/** GET /User (and partner/user entries): who is logged in, with sub-users. `Id` is an int64. */
export const UserSchema = z.looseObject({
  Id: z.number(),
  IdAsString: optString(),
  Username: optString(),
  Email: optString(),
  IsAdmin: optBoolean(),
  Permissions: z.array(z.string()).nullish(),
  get ChildUsers() {
    return z.array(UserSchema).nullish();
  },
});

/** A smart-me user account (see UserSchema). */
export type User = z.infer<typeof UserSchema>;

/** GET /partner/user: every user account assigned to the partner. */
export const UsersSchema = z.array(UserSchema);
