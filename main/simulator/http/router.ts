import type { Simulation } from '../simulation.ts';
import type { Licence } from '../world/types.ts';
import type { Caller } from './auth.ts';
import type { Query } from './normalize-path.ts';
import type { Reply } from './reply.ts';

/** What a handler gets: the caller, path parameters, query, parsed body and the running simulation. */
export interface RouteRequest {
  caller: Caller;
  method: string;
  params: Readonly<Record<string, string>>;
  query: Query;
  body: unknown;
  sim: Simulation;
}

/** A route handler: pure over the simulation state it is given; may throw SimHttpError. */
export type Handler = (req: RouteRequest) => Reply | Promise<Reply>;

/** One path pattern (lower case, `:name` segments) with its handlers per method and licence gate. */
export interface Route {
  pattern: string;
  methods: Partial<Record<'GET' | 'POST' | 'PUT' | 'DELETE', Handler>>;
  licence?: Licence;
}

/** The outcome of matching a path: a handler, a wrong method (405 + Allow), or nothing (404). */
export type RouteMatch =
  | { kind: 'found'; route: Route; handler: Handler; params: Record<string, string> }
  | { kind: 'method-not-allowed'; allow: string[] }
  | { kind: 'not-found' };

function matchPattern(pattern: string, path: string): Record<string, string> | undefined {
  const want = pattern.split('/').filter(Boolean);
  const got = path.split('/').filter(Boolean);
  if (want.length !== got.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const w = want[i] ?? '';
    const g = got[i] ?? '';
    if (w.startsWith(':')) params[w.slice(1)] = g;
    else if (w !== g) return undefined;
  }
  return params;
}

/**
 * Finds the route for a normalized path. Literal segments win over parameters when two patterns match
 * (e.g. `gateway/mbus/:id/search` before `gateway/mbus/:id/meter`), so order in the table only breaks ties.
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const candidates = routes
    .map((route) => ({ route, params: matchPattern(route.pattern, path) }))
    .filter((c): c is { route: Route; params: Record<string, string> } => c.params !== undefined)
    .sort((a, b) => Object.keys(a.params).length - Object.keys(b.params).length);
  if (candidates.length === 0) return { kind: 'not-found' };
  for (const c of candidates) {
    const handler = c.route.methods[method as keyof Route['methods']];
    if (handler) return { kind: 'found', route: c.route, handler, params: c.params };
  }
  const allow = [...new Set(candidates.flatMap((c) => Object.keys(c.route.methods)))];
  return { kind: 'method-not-allowed', allow };
}
