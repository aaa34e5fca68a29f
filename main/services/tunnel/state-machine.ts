import type { TunnelFailure, TunnelState } from './types.ts';

/** Everything that can happen to a tunnel; the only way its state changes. */
export type TunnelEvent =
  | { type: 'url'; url: string; hookUrl: string }
  | { type: 'probe-arrived' }
  | { type: 'frame' }
  | { type: 'fail'; failure: TunnelFailure }
  | { type: 'stop' };

/**
 * The tunnel's state machine as a pure function, so its honesty is unit-testable: `verified` only after a
 * URL and then a probe, `receiving` only after `verified`, nothing after `stopped`. Events that make no
 * sense in a state leave it unchanged (a late probe after a failure is not a recovery).
 */
export function nextTunnelState(state: TunnelState, event: TunnelEvent): TunnelState {
  if (state.status === 'stopped') return state;
  if (event.type === 'stop') return { status: 'stopped' };
  if (state.status === 'failed') return state;
  switch (event.type) {
    case 'fail':
      return 'url' in state
        ? { status: 'failed', failure: event.failure, url: state.url }
        : { status: 'failed', failure: event.failure };
    case 'url':
      return state.status === 'starting'
        ? { status: 'url-assigned', url: event.url, hookUrl: event.hookUrl }
        : state;
    case 'probe-arrived':
      return state.status === 'url-assigned'
        ? { status: 'verified', url: state.url, hookUrl: state.hookUrl }
        : state;
    case 'frame':
      return state.status === 'verified'
        ? { status: 'receiving', url: state.url, hookUrl: state.hookUrl }
        : state;
  }
}
