import type { z } from 'zod';

/** One request/response pair of the contract. Both schemas are checked at runtime in main. */
export interface CallDefinition<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
  /** One line for people reading the contract: what the call is for. */
  summary: string;
}

/** One event main pushes to the renderer, with its payload schema. */
export interface EventDefinition<P extends z.ZodType = z.ZodType> {
  payload: P;
  summary: string;
}

/**
 * Declares a call. A function (not a bare object literal) so TypeScript keeps the exact schema types, from
 * which every request and response type is inferred: types and runtime checks cannot drift apart.
 */
export function defineCall<Req extends z.ZodType, Res extends z.ZodType>(
  definition: CallDefinition<Req, Res>,
): CallDefinition<Req, Res> {
  return definition;
}

/** Declares an event; see defineCall for why this is a function. */
export function defineEvent<P extends z.ZodType>(definition: EventDefinition<P>): EventDefinition<P> {
  return definition;
}

/** The shape of a whole contract: calls named `domain:verb`, events named `domain:noun`. */
export interface ContractDefinition {
  calls: Record<string, CallDefinition>;
  events: Record<string, EventDefinition>;
}
