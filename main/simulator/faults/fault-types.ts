/**
 * The kinds of trouble a real cloud (and the Cloudflare in front of it) can cause, injected on demand so
 * clients can be tested against each one.
 */
export type Fault =
  /** Answer late: `ms` plus up to `jitterMs` (seeded). */
  | { kind: 'latency'; ms: number; jitterMs?: number }
  /** Answer with this status instead (429 gets `Retry-After`, default 1 s). */
  | { kind: 'status'; status: number; retryAfterSeconds?: number }
  /** Destroy the connection without any answer. */
  | { kind: 'drop' }
  /** Send the real answer, but in small chunks with a pause between them. */
  | { kind: 'slow-body'; delayMs: number; chunkBytes?: number }
  /** Answer with an HTML error page (a proxy's 502 by default) instead of JSON. */
  | { kind: 'html'; status?: number }
  /** Answer 200 with a body that is not valid JSON (a cut-off answer). */
  | { kind: 'invalid-json' };

/** A fault switched on for some requests. */
export interface FaultRule {
  /**
   * Which paths: a pattern on the normalized path (lower case, no `/api`), `*` matching anything,
   * e.g. `/devices*`, `/gateway/mbus/*`, `*`; or a RegExp tested against the normalized path.
   */
  path: string | RegExp;
  /** The fault, or several: one of them is picked (seeded) each time the rule fires. */
  fault: Fault | Fault[];
  /** Probability (0..1) that the rule fires for a matching request; default 1. */
  rate?: number;
  /** Only these methods (upper case); default all. */
  methods?: string[];
  /** Fire at most this many times, then remove the rule (e.g. "fail once, then work"). */
  times?: number;
}

/** A rule as the controller keeps it: with its id and how often it fired. */
export interface ActiveFaultRule extends FaultRule {
  id: string;
  hits: number;
}
