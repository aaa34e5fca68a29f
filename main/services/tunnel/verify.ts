import { networkErrorPhrase } from '../api/classify-network-error.ts';
import { TunnelError, tunnelFailure } from './tunnel-error.ts';

/** The header that marks a self-probe; the listener recognises it and reports the token it saw. */
export const PROBE_HEADER = 'x-meterscope-probe';

/**
 * The listener's side of the proof: resolves when a POST with `x-meterscope-probe: <token>` reached its
 * secret path. Same shape as the webhook listener's `expectProbe`, so it can be passed as is.
 */
export type ExpectProbe = (token: string, options?: { signal?: AbortSignal }) => Promise<void>;

/** Sends one probe POST; resolves with the HTTP status, rejects on a network error. */
export type ProbePost = (
  url: string,
  headers: Record<string, string>,
  signal: AbortSignal,
) => Promise<{ status: number }>;

/** Waits `ms`; rejects when `signal` aborts. A port so unit tests control time. */
export type Sleep = (ms: number, signal: AbortSignal) => Promise<void>;

/** Everything one verification needs; all I/O comes in as ports. */
export interface VerifyOptions {
  hookUrl: string;
  token: string;
  /** Resolves when the listener has received a probe carrying `token` (the listener's own `expectProbe`). */
  expectProbe: ExpectProbe;
  post: ProbePost;
  sleep: Sleep;
  timeoutMs: number;
  /** Aborted when the tunnel is stopped. */
  signal: AbortSignal;
  /** Extra request headers, e.g. the Basic auth the listener expects. */
  headers?: Record<string, string>;
  /** Provider advice added to a timeout failure (e.g. cloudflared's last connection error). */
  hint?: () => string | undefined;
  /** Told about each attempt's outcome, for the log pane. */
  onAttempt?: (text: string) => void;
}

/** Delays between probe attempts: quick at first (DNS of a fresh tunnel), then every few seconds. */
export function probeBackoffMs(attempt: number): number {
  return Math.min(250 * 2 ** attempt, 4000);
}

/**
 * Proves a tunnel works end to end: POSTs a probe to the public hook URL and waits for the listener to
 * report it. An HTTP 200 alone proves nothing (another server may answer), so only the listener's own
 * sighting counts. Retries with backoff until `timeoutMs`, then fails with what the last attempt saw.
 */
export async function verifyThroughTunnel(o: VerifyOptions): Promise<void> {
  const local = new AbortController();
  const abort = () => local.abort();
  o.signal.addEventListener('abort', abort, { once: true });
  const seen = o.expectProbe(o.token, { signal: local.signal }).then(
    () => 'seen' as const,
    () => 'listener-gone' as const,
  );
  const timeout = o.sleep(o.timeoutMs, local.signal).then(
    () => 'timeout' as const,
    () => 'aborted' as const,
  );
  const headers = { ...o.headers, [PROBE_HEADER]: o.token };
  let last = 'no attempt finished';
  try {
    for (let attempt = 0; ; attempt++) {
      const sent = o.post(o.hookUrl, headers, local.signal).then(
        (r) => ({ text: `HTTP ${r.status}` }),
        (e: unknown) => ({ text: networkErrorPhrase(e) }),
      );
      const outcome = await Promise.race([seen, timeout, sent]);
      if (typeof outcome !== 'string') {
        last = outcome.text;
        o.onAttempt?.(`probe ${attempt + 1}: ${last}`);
      } else return settle(outcome, last, o);
      const next = o.sleep(probeBackoffMs(attempt), local.signal).then(
        () => 'next' as const,
        () => 'aborted' as const,
      );
      const waited = await Promise.race([seen, timeout, next]);
      if (waited !== 'next') return settle(waited, last, o);
    }
  } finally {
    local.abort();
    o.signal.removeEventListener('abort', abort);
  }
}

function settle(
  outcome: 'seen' | 'listener-gone' | 'timeout' | 'aborted',
  last: string,
  o: VerifyOptions,
): void {
  if (outcome === 'seen') return;
  if (outcome === 'aborted')
    throw new TunnelError(tunnelFailure('not-verified', 'The tunnel was stopped before it was verified.'));
  if (outcome === 'listener-gone') {
    throw new TunnelError(
      tunnelFailure('not-verified', 'The local listener stopped while the tunnel was being verified.'),
    );
  }
  const hint = o.hint?.();
  throw new TunnelError(
    tunnelFailure(
      'not-verified',
      `The tunnel gave a URL but nothing arrived through it within ${Math.round(o.timeoutMs / 1000)} s (last probe: ${last}).` +
        (hint ? ` ${hint}` : ''),
      `probe POST ${o.hookUrl.replace(/\/[^/]*$/, '/…')} → ${last}`,
    ),
  );
}
