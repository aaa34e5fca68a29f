import { tunnelFailure } from './tunnel-error.ts';
import type { TunnelFailure } from './types.ts';

/** How a child process ended, as node:child_process reports it. */
export interface ProcessExit {
  code: number | null;
  signal: string | null;
}

/**
 * The failure to report when a tunnel tool exits: the most specific error it printed (e.g. cloudflared's
 * 429), with its last output as the detail; otherwise the bare exit, so nothing is hidden.
 */
export function exitFailure(
  tool: string,
  fatalSeen: TunnelFailure | undefined,
  exit: ProcessExit,
  tail: string,
): TunnelFailure {
  if (fatalSeen) return { ...fatalSeen, detail: tail };
  const how = exit.signal ? `was stopped by signal ${exit.signal}` : `exited with code ${exit.code ?? '?'}`;
  return tunnelFailure('process-exited', `${tool} ${how}. Its last output is shown below.`, tail);
}
