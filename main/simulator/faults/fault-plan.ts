import type { Fault } from './fault-types.ts';

/** What the server does with the faults picked for one request. */
export interface FaultPlan {
  /** Total delay before anything happens (sum of latency faults). */
  delayMs: number;
  /** Replaces the answer entirely (drop, status, html): the first such fault wins. */
  replace?: Extract<Fault, { kind: 'drop' | 'status' | 'html' }>;
  /** Distorts the real answer (slow body, invalid JSON). */
  distort: Extract<Fault, { kind: 'slow-body' | 'invalid-json' }>[];
}

/** Orders picked faults into a plan: delays add up, the first replacing fault wins, distortions stack. */
export function planFaults(faults: readonly Fault[]): FaultPlan {
  const plan: FaultPlan = { delayMs: 0, distort: [] };
  for (const fault of faults) {
    if (fault.kind === 'latency') plan.delayMs += Math.max(0, fault.ms);
    else if (fault.kind === 'slow-body' || fault.kind === 'invalid-json') plan.distort.push(fault);
    else plan.replace ??= fault;
  }
  return plan;
}

/** The label a fault gets in the request log (`status-429`, `drop`, ...). */
export function faultLabel(fault: Fault): string {
  return fault.kind === 'status' ? `status-${fault.status}` : fault.kind;
}
