import type { CaptureWriter, Recovery } from '../captures/capture-writer.ts';
import type {
  MarkedRegistration,
  RegistrationManager,
  RegistrationTarget,
  RemovalReport,
} from '../realtime/index.ts';
import type { Tunnel, TunnelSpec, TunnelState } from '../tunnel/index.ts';
import {
  startCapturedListener,
  type CapturedListener,
  type CapturedListenerOptions,
} from './captured-listener.ts';
import type { Frame } from './frame.ts';
import type { Listener } from './listener.ts';
import { startProbedTunnel, type StartTunnel } from './probed-tunnel.ts';
import { redactSecret } from './secret-path.ts';

/** What a live capture reports while it starts and runs (the CLI prints these, the app forwards them). */
export type LiveEvent =
  | { type: 'listening'; url: string; capture: string; recovery: Recovery; publicUrl?: string }
  | { type: 'tunnel'; state: TunnelState }
  | { type: 'registered'; registration: MarkedRegistration; hookUrl: string }
  | { type: 'warning'; message: string }
  | { type: 'frame'; frame: Frame };

/** Everything a live capture needs: the capture file, listener settings, and optional tunnel/registration. */
export interface LiveCaptureOptions extends Pick<
  CapturedListenerOptions,
  'port' | 'secret' | 'basicAuth' | 'maxBodyBytes' | 'onError'
> {
  capturePath: string;
  tunnel?: { spec: TunnelSpec; start: StartTunnel };
  /** Register the (public, else local) webhook URL; the manager removes it again on stop unless told not to. */
  register?: { target: RegistrationTarget; manager: RegistrationManager };
  started?: Date;
  onEvent(event: LiveEvent): void;
}

/** A running live capture. */
export interface LiveCapture {
  listener: Listener;
  writer: CaptureWriter;
  /** The URL the cloud should call: the tunnel's verified hook URL, else the local one. */
  hookUrl: string;
  /** Removes this session's registrations, stops the tunnel, lets pending answers go out, closes the file. */
  stop(): Promise<{ removed?: RemovalReport }>;
}

/**
 * One live-capture session as a straight line: listener (secret path, Basic auth) → tunnel verified by a
 * self-probe → capture file opened with the session's URLs → registration for a meter or the account →
 * frames. Any failure on the way undoes what was started; `signal` aborts the start (Ctrl-C).
 */
export async function startLiveCapture(
  options: LiveCaptureOptions,
  signal?: AbortSignal,
): Promise<LiveCapture> {
  const captured = await startCapturedListener(options);
  const { listener } = captured;
  let tunnel: Tunnel | undefined;
  try {
    let hookUrl = listener.url;
    if (options.tunnel) {
      tunnel = startProbedTunnel(listener, options.tunnel.spec, options.tunnel.start, options.basicAuth);
      tunnel.onState((state) => options.onEvent({ type: 'tunnel', state }));
      hookUrl = await waitVerified(tunnel, signal);
    }
    const writer = await captured.openCapture(options.capturePath, {
      session: sessionUrls(listener, hookUrl),
      ...(options.started ? { now: () => options.started as Date } : {}),
    });
    const publicUrl = hookUrl === listener.url ? {} : { publicUrl: hookUrl };
    options.onEvent({
      type: 'listening',
      url: listener.url,
      capture: writer.path,
      recovery: writer.recovery,
      ...publicUrl,
    });
    listener.onFrame((frame) => options.onEvent({ type: 'frame', frame }));
    if (options.register) await register(options, hookUrl, listener);
    return { listener, writer, hookUrl, stop: () => stop(options, tunnel, captured) };
  } catch (e) {
    await tunnel?.stop();
    await captured.close();
    throw e;
  }
}

/** Waits for the self-probe to come through; Ctrl-C stops the tunnel, which ends the wait. */
async function waitVerified(tunnel: Tunnel, signal?: AbortSignal): Promise<string> {
  const onAbort = () => void tunnel.stop();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    const state = await tunnel.waitFor('verified');
    return 'hookUrl' in state ? state.hookUrl : '';
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
}

async function register(options: LiveCaptureOptions, hookUrl: string, listener: Listener): Promise<void> {
  const { manager, target } = options.register as NonNullable<LiveCaptureOptions['register']>;
  const warning = await manager.setHookUrl(hookUrl, listener.secret);
  if (warning) options.onEvent({ type: 'warning', message: warning.message });
  const registration = await manager.register(target, options.basicAuth);
  options.onEvent({ type: 'registered', registration, hookUrl });
}

async function stop(
  options: LiveCaptureOptions,
  tunnel: Tunnel | undefined,
  captured: CapturedListener,
): Promise<{ removed?: RemovalReport }> {
  // Registrations first: the cloud stops pushing before the URL goes away.
  const removed = options.register ? await options.register.manager.stop() : undefined;
  await tunnel?.stop();
  await captured.close();
  return removed ? { removed } : {};
}

function sessionUrls(
  listener: Listener,
  hookUrl: string,
): { name: string; listenerUrl: string; publicUrl?: string } {
  const session = { name: 'listen', listenerUrl: redactSecret(listener.url, listener.secret) };
  return hookUrl === listener.url
    ? session
    : { ...session, publicUrl: redactSecret(hookUrl, listener.secret) };
}
