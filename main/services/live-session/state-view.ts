import type { LiveState, TunnelStateView } from '../../../shared/contract/calls/live-schemas.ts';
import { redactWebhookUrl } from '../realtime/webhook-url.ts';
import type { TunnelState } from '../tunnel/types.ts';

/** One tunnel state as the view shows it: the hook URL's secret path replaced by `[secret]`. */
export function tunnelStateView(state: TunnelState): TunnelStateView {
  return {
    status: state.status,
    url: 'url' in state && state.url !== undefined ? state.url : null,
    hookUrl: 'hookUrl' in state ? redactWebhookUrl(state.hookUrl) : null,
    failure: state.status === 'failed' ? { ...state.failure } : null,
  };
}

/** The state of a Live view with nothing running. */
export function idleLiveState(cleanupOnStop = true): LiveState {
  return {
    status: 'idle',
    listener: null,
    tunnel: null,
    capture: null,
    stats: { frames: 0, decodeErrors: 0, probes: 0, storeFailures: 0 },
    cleanupOnStop,
    error: null,
    startedAt: null,
  };
}
