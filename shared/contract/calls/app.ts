import { z } from 'zod';
import { defineCall } from '../define.ts';

/** The request of calls that take no arguments: an empty object (the client sends `{}` when none is given). */
export const NoArguments = z.strictObject({});

/** Where logins are kept, shown as the token-storage badge so nobody believes a plain file is encrypted. */
export const TokenStorageSchema = z.object({
  kind: z.enum(['memory', 'file', 'safe-storage']),
  encrypted: z.boolean(),
  label: z.string(),
});

/** `app:info`: what the shell shows in its header and the Connect view's badge. */
export const appInfoCall = defineCall({
  summary: 'Version, which host runs the app, demo mode, and where logins are stored (the badge)',
  request: NoArguments,
  response: z.object({
    version: z.string(),
    host: z.enum(['electron', 'web']),
    tokenStorage: TokenStorageSchema,
    /** Set when the app runs against the built-in simulator (`--demo`): its base URL. */
    demo: z.object({ baseUrl: z.string() }).nullable(),
  }),
});
