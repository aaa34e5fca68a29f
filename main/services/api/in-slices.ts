import { setImmediate as nextTurn } from 'node:timers/promises';

/** Items handled between two turns of the event loop (a few milliseconds of work for devices). */
export const SLICE = 500;

/**
 * Calls `visit` for 0..count-1, letting the event loop run between slices of `SLICE`. A 5,000-device list
 * handled in one block holds up the answers of every other request in flight; in slices, they are handled
 * in between. Stops at the first exception (it rejects with it).
 */
export async function forEachInSlices(count: number, visit: (index: number) => void): Promise<void> {
  for (let i = 0; i < count; i++) {
    if (i > 0 && i % SLICE === 0) await nextTurn();
    visit(i);
  }
}
