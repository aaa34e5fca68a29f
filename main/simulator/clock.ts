/**
 * The simulator's time port: milliseconds since 1970 (the same shape the OAuth server takes). Counters,
 * ValueDates and history are computed from it, so a test can pin or advance time instead of sleeping.
 */
export type Clock = () => number;

/** The wall clock: the default outside tests. */
export const realClock: Clock = () => Date.now();

/** A clock a test moves by hand: time only passes when `advance` or `set` is called. */
export interface ManualClock {
  now: Clock;
  advance(ms: number): void;
  set(ms: number): void;
}

/** Creates a manual clock starting at `startMs` (e.g. `Date.UTC(2026, 6, 25, 12)`). */
export function createManualClock(startMs: number): ManualClock {
  let current = startMs;
  return {
    now: () => current,
    advance: (ms) => void (current += ms),
    set: (ms) => void (current = ms),
  };
}
