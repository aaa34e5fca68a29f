/**
 * Seeded randomness. The fleet, histories and fault decisions must be identical for the same seed, so
 * nothing in the simulator calls Math.random: it uses a Random made here, or `unitHash` for values that
 * must be derivable from (seed, key) without remembering them (e.g. a device's noise at a given time).
 */

/** A deterministic random source. */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max] (both inclusive). */
  int(min: number, max: number): number;
  /** Uniform double in [min, max). */
  between(min: number, max: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T;
}

/** 32-bit FNV-1a of a string: turns `--seed hello` and composite keys into PRNG seeds. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Normalizes a user-given seed (number or text) to 32 bits. */
export function seedToInt(seed: number | string): number {
  return typeof seed === 'number' && Number.isInteger(seed) ? seed >>> 0 : hashString(String(seed));
}

/** mulberry32: small, fast, good enough for test data, and identical on every platform. */
export function createRandom(seed: number | string): Random {
  let state = seedToInt(seed);
  const next = (): number => {
    const value = mix(state);
    state = (state + 0x6d2b79f5) >>> 0;
    return value;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T,
  };
}

/** One mulberry32 output for a 32-bit state: the mixing step shared by Random and unitHash. */
function mix(state: number): number {
  let t = (state + 0x6d2b79f5) >>> 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

/** A stateless uniform value in [0, 1) for (seed, key...): the same inputs always give the same value. */
export function unitHash(seed: number, ...keys: (string | number)[]): number {
  let text = String(seed);
  for (const key of keys) text += `|${key}`;
  return mix(hashString(text));
}
