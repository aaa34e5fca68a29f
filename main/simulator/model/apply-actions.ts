import { SimHttpError } from '../http/reply.ts';
import type { SimDevice } from '../world/types.ts';

/** One requested output change (ActionToPost.Actions[n]). */
export interface ActionRequest {
  ObisCode: string;
  Value: number;
}

/**
 * Switches outputs. Every action is checked before any is applied (all or nothing): an OBIS code the
 * device does not list in GET /actions, or an on/off value other than 0/1, is a 400. A phase switch
 * cuts that phase's load from `atMs`, so power drops and counters stop (without falling).
 */
export function applyActions(device: SimDevice, actions: readonly ActionRequest[], atMs: number): void {
  for (const action of actions) {
    const output = device.outputs.find((o) => o.obisHex === String(action.ObisCode).toUpperCase());
    if (!output) {
      throw new SimHttpError(
        400,
        'unknown-output',
        `Device ${device.id} has no output ${action.ObisCode}; GET /actions/${device.id} lists its outputs.`,
      );
    }
    const bad =
      output.actionType === 0
        ? action.Value !== 0 && action.Value !== 1
        : action.Value < (output.minValue ?? 0) || action.Value > (output.maxValue ?? 32_183);
    if (bad || !Number.isFinite(action.Value)) {
      throw new SimHttpError(
        400,
        'bad-action-value',
        `Value ${action.Value} is not allowed for ${output.name}.`,
      );
    }
  }
  let switched = false;
  for (const action of actions) {
    const output = device.outputs.find((o) => o.obisHex === action.ObisCode.toUpperCase());
    if (!output) continue;
    device.runtime.outputs[output.obisHex] = action.Value;
    if (output.phase !== undefined) {
      device.runtime.phaseOn[output.phase - 1] = action.Value === 1;
      switched = true;
    }
  }
  if (switched) device.runtime.switchChanges.push({ atMs, phaseOn: [...device.runtime.phaseOn] });
}
