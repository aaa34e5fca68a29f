import { randomBytes } from 'node:crypto';
import { bulkDecode } from '../captures/bulk-decode.ts';
import { openCaptureWriter, type CaptureWriter, type Recovery } from '../captures/capture-writer.ts';
import type {
  MarkedRegistration,
  RegistrationManager,
  RegistrationTarget,
  RemovalReport,
} from '../realtime/index.ts';
import type { Tunnel, TunnelSpec, TunnelState } from '../tunnel/index.ts';
import { basicAuthHeader, type BasicCredentials } from './basic-auth.ts';
import type { Frame } from './frame.ts';
import { startListener, type Listener } from './listener.ts';
import { redactSecret } from './secret-path.ts';

/** What a live capture reports while it starts and runs (the CLI prints these, the app forwards them). */
export type LiveEvent =
  | { type: 'listening'; url: string; capture: string; recovery: Recovery; publicUrl?: string }
  | { type: 'tunnel'; state: TunnelState }
  | { type: 'registered'; registration: MarkedRegistration; hookUrl: string }
  | { type: 'warning'; message: string }
  | { type: 'frame'; frame: Frame };

/** Starts a tunnel to the listener: engineer G's `startTunnel`, a port so tests can pass stand-ins. */
export type StartTunnel = (
  spec: TunnelSpec,
  ports: {
    localPort: number;
    secretPath: string;
    expectProbe: (token: string) => Promise<void>;
    probeHeaders?: Record<string, string>;
  },
) => Tunnel;

/** Everything a live capture needs: the capture file, listener settings, and optional tunnel/registration. */
export interface LiveCaptureOptions {
  capturePath: string;
  port?: number;
  secret?: string;
  basicAuth?: BasicCredentials;
  maxBodyBytes?: number;
  tunnel?: { spec: TunnelSpec; start: StartTunnel };
  /** Register the (public, else local) webhook URL; the manager removes it again on stop unless told not to. */
  register?: { target: RegistrationTarget; manager: RegistrationManager };
  started?: Date;
  onEvent(event: LiveEvent): void;
  onError?(error: Error): void;
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
  const writer = deferred<CaptureWriter>();
  const listener = await startListener({
    ...(options.port !== undefined ? { port: options.port } : {}),
    ...(options.secret !== undefined ? { secret: options.secret } : {}),
    ...(options.basicAuth ? { basicAuth: options.basicAuth } : {}),
    ...(options.maxBodyBytes ? { limits: { maxBodyBytes: options.maxBodyBytes } } : {}),
    random: (n) => randomBytes(n),
    capture: { append: async (input) => (await writer.promise).append(input) },
    decode: bulkDecode,
    ...(options.onError ? { onError: options.onError } : {}),
  });
  let tunnel: Tunnel | undefined;
  let opened: CaptureWriter | undefined;
  const undo = async () => {
    writer.reject(new Error('The live capture stopped before its file was opened.'));
    await tunnel?.stop();
    await listener.close();
    await opened?.close();
  };
  try {
    let hookUrl = listener.url;
    if (options.tunnel) {
      tunnel = startTunnelFor(options, listener);
      hookUrl = await waitVerified(tunnel, signal);
    }
    opened = await openCaptureWriter(options.capturePath, {
      session: sessionUrls(listener, hookUrl),
      ...(options.started ? { now: () => options.started as Date } : {}),
    });
    writer.resolve(opened);
    const publicUrl = hookUrl === listener.url ? {} : { publicUrl: hookUrl };
    options.onEvent({
      type: 'listening',
      url: listener.url,
      capture: opened.path,
      recovery: opened.recovery,
      ...publicUrl,
    });
    listener.onFrame((frame) => {
      tunnel?.frameReceived();
      options.onEvent({ type: 'frame', frame });
    });
    if (options.register) await register(options, hookUrl, listener);
    const file = opened;
    return { listener, writer: file, hookUrl, stop: () => stop(options, tunnel, listener, file) };
  } catch (e) {
    await undo();
    throw e;
  }
}

function startTunnelFor(options: LiveCaptureOptions, listener: Listener): Tunnel {
  const { spec, start } = options.tunnel as NonNullable<LiveCaptureOptions['tunnel']>;
  const auth = options.basicAuth;
  const probeHeaders = auth ? { authorization: basicAuthHeader(auth) } : undefined;
  const tunnel = start(spec, {
    localPort: listener.port,
    secretPath: `/${listener.secret}`,
    expectProbe: (token) => listener.expectProbe(token),
    ...(probeHeaders ? { probeHeaders } : {}),
  });
  tunnel.onState((state) => options.onEvent({ type: 'tunnel', state }));
  return tunnel;
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
  listener: Listener,
  writer: CaptureWriter,
): Promise<{ removed?: RemovalReport }> {
  // Registrations first: the cloud stops pushing before the URL goes away.
  const removed = options.register ? await options.register.manager.stop() : undefined;
  await tunnel?.stop();
  await listener.close();
  await writer.close();
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

function deferred<T>(): { promise: Promise<T>; resolve: (v: T) => void; reject: (e: Error) => void } {
  let resolve!: (v: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}
