import { hookUrlFor } from './public-url.ts';
import { redactSecrets } from './redact.ts';
import type { ProviderRun, TunnelProvider } from './provider.ts';
import { nextTunnelState, type TunnelEvent } from './state-machine.ts';
import { TunnelError, toTunnelFailure, tunnelFailure } from './tunnel-error.ts';
import type { Tunnel, TunnelLogLine, TunnelSpec, TunnelState, TunnelStatus } from './types.ts';
import { verifyThroughTunnel, type ExpectProbe, type ProbePost, type Sleep } from './verify.ts';

/** The ports every tunnel needs, whatever its provider. */
export interface TunnelCorePorts {
  localPort: number;
  /** The listener's secret path, e.g. `/hook/3q2…`; the probe and the registrations use it. */
  secretPath: string;
  /** Resolves when the listener has seen a probe with this token: pass `listener.expectProbe`. */
  expectProbe: ExpectProbe;
  /** Headers the listener requires (Basic auth), sent with the probe. */
  probeHeaders?: Record<string, string>;
  post: ProbePost;
  sleep: Sleep;
  randomToken: () => string;
  /** Overrides the provider's verification time limit. */
  verifyTimeoutMs?: number;
  /** How long a provider may take to produce a URL. */
  urlTimeoutMs?: number;
}

const DEFAULT_VERIFY_MS = 20_000;
const DEFAULT_URL_MS = 60_000;
const ORDER: Record<TunnelStatus, number> = {
  starting: 0,
  'url-assigned': 1,
  verified: 2,
  receiving: 3,
  failed: 4,
  stopped: 4,
};

/**
 * Runs one provider under the honest state machine: the provider only reports a URL or its death; the
 * tunnel itself proves the URL with a probe before it says `verified`, and kills the provider on failure.
 */
export function createTunnel(spec: TunnelSpec, provider: TunnelProvider, ports: TunnelCorePorts): Tunnel {
  const { source, secrets } = describeSpec(spec);
  const controller = new AbortController();
  const stateListeners = new Set<(s: TunnelState) => void>();
  const logListeners = new Set<(l: TunnelLogLine) => void>();
  const history: TunnelState[] = [{ status: 'starting' }];
  let run: ProviderRun | undefined;
  let stopping: Promise<void> | undefined;

  const current = () => history[history.length - 1] as TunnelState;
  const dispatch = (event: TunnelEvent) => {
    const before = current();
    const after = nextTunnelState(before, event);
    if (after === before) return;
    history.push(after);
    for (const l of [...stateListeners]) l(after);
    if (after.status === 'failed') void release();
  };
  const log = (line: TunnelLogLine) => {
    const text = redactSecrets(line.text, secrets);
    for (const l of [...logListeners]) l({ ...line, text });
  };
  const release = async () => {
    controller.abort();
    await run?.stop().catch(() => undefined);
  };

  const verify = async (url: string, hookUrl: string) => {
    try {
      await verifyThroughTunnel({
        hookUrl,
        token: ports.randomToken(),
        expectProbe: ports.expectProbe,
        post: ports.post,
        sleep: ports.sleep,
        timeoutMs: ports.verifyTimeoutMs ?? run?.verifyTimeoutMs ?? DEFAULT_VERIFY_MS,
        signal: controller.signal,
        ...(ports.probeHeaders ? { headers: ports.probeHeaders } : {}),
        hint: () => run?.hint?.(),
        onAttempt: (text) => log({ source: 'verifier', text }),
      });
      dispatch({ type: 'probe-arrived' });
    } catch (e) {
      if (!controller.signal.aborted)
        dispatch({ type: 'fail', failure: toTunnelFailure(e, 'not-verified', `Could not verify ${url}.`) });
    }
  };

  let urlSeen = false;
  const urlWait = new AbortController();
  controller.signal.addEventListener('abort', () => urlWait.abort(), { once: true });
  const start = async () => {
    await Promise.resolve(); // let the caller subscribe before anything happens
    ports.sleep(ports.urlTimeoutMs ?? DEFAULT_URL_MS, urlWait.signal).then(
      () =>
        dispatch({
          type: 'fail',
          failure: tunnelFailure('no-url', `${source} did not report a public URL in time.`),
        }),
      () => undefined,
    );
    try {
      run = await provider({
        localPort: ports.localPort,
        signal: controller.signal,
        log: (text) => log({ source, text }),
        urlAssigned: (url) => {
          if (urlSeen || controller.signal.aborted) return;
          urlSeen = true;
          urlWait.abort();
          const hookUrl = hookUrlFor(url, ports.secretPath);
          dispatch({ type: 'url', url, hookUrl });
          void verify(url, hookUrl);
        },
        failed: (failure) => dispatch({ type: 'fail', failure }),
      });
      if (controller.signal.aborted) await run.stop().catch(() => undefined);
    } catch (e) {
      dispatch({
        type: 'fail',
        failure: toTunnelFailure(e, 'process-exited', `${source} could not be started.`),
      });
    }
  };
  void start();

  const tunnel: Tunnel = {
    spec,
    get state() {
      return current();
    },
    get history() {
      return history;
    },
    onState(listener) {
      stateListeners.add(listener);
      return () => void stateListeners.delete(listener);
    },
    onLog(listener) {
      logListeners.add(listener);
      return () => void logListeners.delete(listener);
    },
    waitFor(status) {
      return new Promise((resolve, reject) => {
        const check = (s: TunnelState): boolean => {
          if (s.status === status || (ORDER[s.status] >= ORDER[status] && ORDER[s.status] < 4)) resolve(s);
          else if (s.status === 'failed') reject(new TunnelError(s.failure));
          else if (s.status === 'stopped') {
            reject(
              new TunnelError(tunnelFailure('stopped', `The tunnel was stopped before it was ${status}.`)),
            );
          } else return false;
          return true;
        };
        if (check(current())) return;
        const off = tunnel.onState((s) => void (check(s) && off()));
      });
    },
    frameReceived() {
      dispatch({ type: 'frame' });
    },
    stop() {
      stopping ??= release().then(() => dispatch({ type: 'stop' }));
      return stopping;
    },
  };
  return tunnel;
}

function describeSpec(spec: TunnelSpec): { source: TunnelLogLine['source']; secrets: string[] } {
  switch (spec.kind) {
    case 'ngrok':
      return { source: 'ngrok', secrets: [spec.authtoken] };
    case 'ssh':
      return { source: 'ssh', secrets: [] };
    case 'cloudflared':
      return { source: 'cloudflared', secrets: [] };
    case 'url':
      return { source: 'verifier', secrets: [] };
  }
}
