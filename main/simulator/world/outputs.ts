import type { OutputDef } from './types.ts';

/**
 * smart-me output OBIS codes (99-0:12.x, from the vendor's .NET client and wiki). Phase switches cut
 * the load of their phase; digital outputs ("Output 0" S0, "Relais" S1) only change their own state.
 */
export const OUTPUTS = {
  switchL1: { obisHex: '63000C0001FF', name: 'Switch L1', actionType: 0, phase: 1 },
  switchL2: { obisHex: '63000C0002FF', name: 'Switch L2', actionType: 0, phase: 2 },
  switchL3: { obisHex: '63000C0003FF', name: 'Switch L3', actionType: 0, phase: 3 },
  output0: { obisHex: '63000C0101FF', name: 'Output 0', actionType: 0 },
  relais: { obisHex: '63000C0102FF', name: 'Relais', actionType: 0 },
} as const satisfies Record<string, OutputDef>;

/** The switch-state bitmap (99-0:12.0.0): bit n-1 set when phase switch n is on. */
export const SWITCH_STATE_OBIS = '63000C0000FF';
