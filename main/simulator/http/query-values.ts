import { parseApiDateTicks, ticksToMs } from '../../../shared/api/index.ts';
import type { Query } from './normalize-path.ts';
import { SimHttpError } from './reply.ts';

/** A required query parameter, or a 400 naming it (as ASP.NET model binding refuses the call). */
export function requiredParam(query: Query, name: string): string {
  const value = query.get(name.toLowerCase());
  if (value === undefined || value.trim() === '') {
    throw new SimHttpError(400, 'missing-parameter', `The query parameter '${name}' is required.`);
  }
  return value;
}

/** An integer query parameter (required unless a fallback is given), or a 400. */
export function intParam(query: Query, name: string, fallback?: number): number {
  const raw = query.get(name.toLowerCase());
  if ((raw === undefined || raw === '') && fallback !== undefined) return fallback;
  const text = raw ?? requiredParam(query, name);
  if (!/^-?\d+$/.test(text.trim())) {
    throw new SimHttpError(
      400,
      'bad-parameter',
      `The query parameter '${name}' must be an integer, got '${text}'.`,
    );
  }
  return Number(text);
}

/** A required date query parameter in milliseconds (any ISO form; no zone = UTC), or a 400. */
export function dateParam(query: Query, name: string): number {
  const text = requiredParam(query, name);
  const ticks = parseApiDateTicks(text);
  if (ticks === undefined) {
    throw new SimHttpError(400, 'bad-parameter', `The query parameter '${name}' is not a date: '${text}'.`);
  }
  return ticksToMs(ticks);
}
