/**
 * The load shape of every simulated meter: a daily wave plus a faster one, with closed-form integrals.
 * Power is the derivative of energy by construction, so counters computed from any time are consistent
 * with the power shown, never fall, and need no stored history.
 */

const DAY_HOURS = 24;
const SHORT_HOURS = 37 / 60;
const W_DAY = (2 * Math.PI) / DAY_HOURS;
const W_SHORT = (2 * Math.PI) / SHORT_HOURS;
const A_DAY = 0.5;
const A_SHORT = 0.25;
const HOUR_MS = 3_600_000;

/** Hours since 1970 for a millisecond timestamp (the profile's time axis). */
export const toHours = (ms: number): number => ms / HOUR_MS;

/** Relative load at time t (hours): between 0.25 and 1.75, average 1. */
export function loadFactor(tHours: number, phase: number): number {
  return 1 + A_DAY * Math.sin(W_DAY * tHours + phase) + A_SHORT * Math.sin(W_SHORT * tHours + 2 * phase);
}

/** Antiderivative of loadFactor: energy = power x (F(t1) - F(t0)), in hours. */
export function loadIntegral(tHours: number, phase: number): number {
  return (
    tHours -
    (A_DAY / W_DAY) * Math.cos(W_DAY * tHours + phase) -
    (A_SHORT / W_SHORT) * Math.cos(W_SHORT * tHours + 2 * phase)
  );
}

/** Relative PV export at time t: 0 at night-ish, 2 at noon-ish, average 1. */
export function exportFactor(tHours: number, phase: number): number {
  return 1 + Math.sin(W_DAY * tHours + phase + Math.PI);
}

/** Antiderivative of exportFactor. */
export function exportIntegral(tHours: number, phase: number): number {
  return tHours - Math.cos(W_DAY * tHours + phase + Math.PI) / W_DAY;
}
