import { z } from 'zod';
import { defineCall } from '../define.ts';

/** The request of calls that take no arguments: an empty object (the client sends `{}` when none is given). */
export const NoArguments = z.strictObject({});

/** Where logins are kept, shown as the token-storage badge so nobody believes a plain file is encrypted. */
export const TokenStorageSchema = z.object({
  kind: z.enum(['memory', 'file', 'safe-storage']),
  encrypted: z.boolean(),
  label: z.string(),
  /** Which case the label describes, for the UI's own words in each language. */
  reason: z.enum([
    'memory',
    'no-keychain',
    'basic-text-refused',
    'basic-text-allowed',
    'encrypted',
    'plain-file',
  ]),
  /** The keychain's name or the file's path, where the reason has one. */
  detail: z.string().optional(),
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
