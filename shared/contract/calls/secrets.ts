import { z } from 'zod';
import { defineCall } from '../define.ts';
import { NoArguments } from './app.ts';

/** Which secrets (set in Settings, kept only in main's token storage) are stored: yes/no, never the value. */
export const SecretsStatusSchema = z.object({ ngrokAuthtoken: z.boolean() });

/** `secrets:status`: whether the ngrok authtoken is stored. */
export const secretsStatusCall = defineCall({
  summary: 'Which settings secrets are stored (never their values)',
  request: NoArguments,
  response: SecretsStatusSchema,
});

/** `secrets:set`: stores (or, with null, forgets) a settings secret in main's token storage. */
export const secretsSetCall = defineCall({
  summary: 'Store or forget the ngrok authtoken (kept in main only)',
  request: z.object({
    name: z.literal('ngrok-authtoken'),
    value: z.string().trim().min(1, 'enter the authtoken').max(500).nullable(),
  }),
  response: SecretsStatusSchema,
});
