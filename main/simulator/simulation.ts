import type { Clock } from './clock.ts';
import type { Random } from './random.ts';
import type { World } from './world/types.ts';

/**
 * The running simulation as handlers see it: the world to read and change, the clock, a seeded source
 * for new ids, and a hook that tells the pusher its schedule changed.
 */
export interface Simulation {
  world: World;
  clock: Clock;
  /** For ids of devices and registrations created at runtime (seeded: reruns give the same ids). */
  random: Random;
  /** How long an M-Bus search keeps the gateway in SearchInProgress. */
  searchDurationMs: number;
  /** Called after registrations or fast-send changed, so pushes start or stop at once. */
  changed(): void;
}
