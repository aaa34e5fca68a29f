import type { z } from 'zod';
import { SimHttpError } from './reply.ts';

/**
 * Validates a JSON body against a shared/api schema; a mismatch is a 400 that names the first problem
 * and where it is (e.g. `Actions.0.Value`), so a technician can fix the call.
 */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
  code: string,
  what: string,
): z.output<S> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : '';
  throw new SimHttpError(400, code, `The body is not ${what}${issue ? `: ${issue.message}${where}` : ''}.`);
}
