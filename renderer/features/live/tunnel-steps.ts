import type { TunnelStateView } from '../../../shared/contract/calls/live-schemas.ts';

/** The honest steps of a tunnel, in order. */
export const TUNNEL_STEPS = ['starting', 'url-assigned', 'verified', 'receiving'] as const;

/** One step as the status panel draws it. */
export interface TunnelStep {
  id: (typeof TUNNEL_STEPS)[number];
  state: 'done' | 'current' | 'pending' | 'failed';
}

/**
 * The steps from the tunnel's story: each reached step done, the latest one current, a failure marked on
 * the step that could not be reached. Nothing is shown as reached that was not (no "verified" before the
 * self-probe arrived).
 */
export function tunnelSteps(history: readonly TunnelStateView[]): TunnelStep[] {
  const reached = new Set(history.map((h) => h.status));
  const failed = reached.has('failed');
  let last = -1;
  TUNNEL_STEPS.forEach((id, i) => {
    if (reached.has(id)) last = i;
  });
  return TUNNEL_STEPS.map((id, i) => {
    if (i < last) return { id, state: 'done' };
    if (i === last) return { id, state: failed || reached.has('stopped') ? 'done' : 'current' };
    if (i === last + 1 && failed) return { id, state: 'failed' };
    return { id, state: 'pending' };
  });
}
