import type { Simulation } from '../simulation.ts';
import type { SimDevice } from '../world/types.ts';
import { FAST_SEND_DURATION_MS } from './report-time.ts';

/**
 * FastSendDeviceValues (own or partner): the device reports every second for the next 30 s, and the
 * pusher is told at once so its webhooks speed up.
 */
export function startFastSend(sim: Simulation, device: SimDevice): void {
  device.runtime.fastSendUntilMs = sim.clock() + FAST_SEND_DURATION_MS;
  sim.changed();
}
