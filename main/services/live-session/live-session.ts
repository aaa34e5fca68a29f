import { basename, join } from 'node:path';
import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';
import type {
  HealthSnapshot,
  LiveState,
  RegistrationList,
} from '../../../shared/contract/calls/live-schemas.ts';
import { toLiveFrame } from '../../ipc/live-frame.ts';
import { ServiceError } from '../../ipc/service-error.ts';
import { newCapturePath } from '../captures/capture-sessions.ts';
import { redactHeaders } from '../captures/redact-headers.ts';
import { sightingFromFrame } from '../realtime/frame-sighting.ts';
import { StreamHealth } from '../realtime/stream-health.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import { startTunnel, type TunnelPorts } from '../tunnel/start-tunnel.ts';
import type { Tunnel, TunnelSpec } from '../tunnel/types.ts';
import { startCapturedListener, type CapturedListener } from '../webhook/captured-listener.ts';
import type { Frame } from '../webhook/frame.ts';
import type { Listener } from '../webhook/listener.ts';
import { startProbedTunnel } from '../webhook/probed-tunnel.ts';
import { redactSecret, type RandomBytes } from '../webhook/secret-path.ts';
import { findInCapture } from './capture-lookup.ts';
import { FrameRing, type RingEntry } from './frame-ring.ts';
import { healthSnapshot } from './health-view.ts';
import type { LiveApiSource } from './live-api.ts';
import { SessionRegistrations } from './session-registrations.ts';
import { idleLiveState, tunnelStateView } from './state-view.ts';
import { tunnelSpecFor, type TunnelRequest } from './tunnel-spec.ts';

/** What the live session is built from: ports, and where its news goes. */
export interface LiveSessionDeps {
  /** `$METERSCOPE_HOME`: captures go to its `captures` folder. */
  home: string;
  secrets: SecretStore;
  env: Record<string, string | undefined>;
  api: LiveApiSource;
  /** Receives a builder per frame: items are built only for frames the renderer is sent. */
  publishFrame(frame: () => LiveFrame): void;
  onState(state: LiveState): void;
  onRegistrations(list: RegistrationList): void;
  onHealth(snapshot: HealthSnapshot): void;
  random?: RandomBytes;
  clock?: () => number;
  /** Runs `fn` every `ms` until the returned function is called (the health ticker); setInterval by default. */
  every?(ms: number, fn: () => void): () => void;
  /** Tunnel overrides (tests: a fake spawn, a short verify timeout). */
  tunnelPorts?: Partial<TunnelPorts>;
}

/** What `live:start` asks for. */
export interface StartRequest {
  tunnel: TunnelRequest;
  basicAuth: { username: string; password: string } | null;
  cleanupOnStop: boolean;
}

interface Running {
  listener: Listener;
  captured: CapturedListener;
  tunnel?: Tunnel;
  tunnelKind: TunnelRequest['kind'];
  log: string[];
  basicAuth: StartRequest['basicAuth'];
  stopTicker: () => void;
}

const realEvery = (ms: number, fn: () => void) => {
  const timer = setInterval(fn, ms);
  timer.unref();
  return () => clearInterval(timer);
};

/**
 * One Live view session at a time: the webhook listener on 127.0.0.1 writing every POST durably to a new
 * capture, the chosen tunnel with its honest state, registrations (cleaned up on stop), stream health and
 * the recent frames' bytes for the detail view. Errors a technician can act on are ServiceErrors.
 */
export class LiveSession {
  readonly registrations: SessionRegistrations;
  readonly #deps: LiveSessionDeps;
  readonly #ring = new FrameRing();
  readonly #clock: () => number;
  #health: StreamHealth;
  #state: LiveState = idleLiveState();
  #running: Running | undefined;
  #lastCapture: string | undefined;

  constructor(deps: LiveSessionDeps) {
    this.#deps = deps;
    this.#clock = deps.clock ?? Date.now;
    this.#health = new StreamHealth({ clock: this.#clock });
    this.registrations = new SessionRegistrations(deps.home, deps.api, (list) => deps.onRegistrations(list));
  }

  /** The state now, with the listener's counters read fresh. */
  state(): LiveState {
    const run = this.#running;
    if (!run) return this.#state;
    const s = run.listener.stats();
    const stats = {
      frames: s.frames,
      decodeErrors: s.decodeErrors,
      probes: s.probes,
      storeFailures: s.storeFailures,
    };
    return { ...this.#state, stats, tunnel: this.#tunnelView(run) };
  }

  /** Stream health of every device seen in this session. */
  health(): HealthSnapshot {
    return healthSnapshot(this.#health);
  }

  /** The tracker fast-send reports to (so 1 s frames during fast-send are not counted as bursts). */
  get streamHealth(): StreamHealth {
    return this.#health;
  }

  /** The running listener's own URL and credentials (for the builder's "send to listener"); never shown. */
  listenerTarget(): { url: string; basicAuth: StartRequest['basicAuth'] } | undefined {
    const run = this.#running;
    return run && { url: run.listener.url, basicAuth: run.basicAuth };
  }

  /** The capture of the running session, or of the last one. */
  capturePath(): string | undefined {
    return this.#lastCapture;
  }

  /** Starts listener, capture and tunnel; resolves once the listener is up (the tunnel reports as it goes). */
  async start(request: StartRequest): Promise<LiveState> {
    if (this.#state.status !== 'idle' && this.#state.status !== 'failed') {
      throw new ServiceError('already-listening', 'Meterscope is already listening: stop it first.');
    }
    this.#ring.clear();
    this.#health = new StreamHealth({ clock: this.#clock });
    const startedAt = new Date(this.#clock()).toISOString();
    this.#setState({ ...idleLiveState(request.cleanupOnStop), status: 'starting', startedAt });
    let captured: CapturedListener | undefined;
    try {
      const path = await newCapturePath(join(this.#deps.home, 'captures'), new Date(this.#clock()));
      captured = await startCapturedListener({
        ...(this.#deps.random ? { random: this.#deps.random } : {}),
        ...(request.basicAuth ? { basicAuth: request.basicAuth } : {}),
        onStored: (input, stored) =>
          this.#ring.add({
            seq: stored.seq,
            ms: input.ms,
            remote: input.remote,
            headers: redactHeaders(input.rawHeaders),
            body: input.body,
          }),
      });
      const { listener } = captured;
      const localUrl = redactSecret(listener.url, listener.secret);
      await captured.openCapture(path, {
        session: { name: 'meterscope live view', listenerUrl: localUrl },
      });
      this.#lastCapture = path;
      const run: Running = {
        listener,
        captured,
        tunnelKind: request.tunnel.kind,
        log: [],
        basicAuth: request.basicAuth,
        stopTicker: (this.#deps.every ?? realEvery)(1000, () => this.#tick()),
      };
      this.#running = run;
      listener.onFrame((frame) => this.#onFrame(frame));
      const spec = await tunnelSpecFor(request.tunnel, listener.port, this.#deps.secrets, this.#deps.env);
      this.registrations.begin(request.cleanupOnStop, request.basicAuth);
      run.tunnel = this.#startTunnel(spec, run);
      this.#setState({
        ...this.#state,
        status: 'listening',
        listener: { port: listener.port, url: localUrl, basicAuth: !!request.basicAuth },
        capture: { file: path, name: basename(path) },
      });
      return this.state();
    } catch (e) {
      await this.#teardown();
      await captured?.close();
      const message = e instanceof Error ? e.message : String(e);
      const failure =
        e instanceof ServiceError
          ? e
          : new ServiceError('listen-failed', `The listener could not start: ${message}`);
      this.#setState({
        ...idleLiveState(request.cleanupOnStop),
        status: 'failed',
        error: { code: failure.code, message: failure.message },
      });
      throw failure;
    }
  }

  /** Stops tunnel, listener and capture; removes this session's registrations unless told not to. */
  async stop(
    removeRegistrations: boolean,
  ): Promise<{ state: LiveState; removed: string[]; failed: { id: string; message: string }[] }> {
    const run = this.#running;
    if (!run) return { state: this.state(), removed: [], failed: [] };
    this.#setState({ ...this.state(), status: 'stopping' });
    const report = await this.registrations.end(removeRegistrations);
    await this.#teardown();
    this.#setState({ ...this.#state, status: 'idle', listener: null });
    return { state: this.state(), ...report };
  }

  /** A frame's stored request: from memory when recent, else from the capture file. */
  async frameEntry(seq: number): Promise<RingEntry | undefined> {
    return this.#ring.get(seq) ?? (this.#lastCapture ? findInCapture(this.#lastCapture, seq) : undefined);
  }

  /** Stops everything (app shutdown): same as stop with clean-up as configured. */
  async close(): Promise<void> {
    if (this.#running) await this.stop(this.#state.cleanupOnStop);
  }

  #startTunnel(spec: TunnelSpec, run: Running): Tunnel {
    const env = { ...process.env, ...this.#deps.env };
    const tunnel = startProbedTunnel(
      run.listener,
      spec,
      (s, ports) => startTunnel(s, { ...ports, env, ...this.#deps.tunnelPorts }),
      run.basicAuth,
    );
    tunnel.onLog((line) => {
      run.log.push(`${line.source}: ${line.text}`);
      if (run.log.length > 50) run.log.shift();
    });
    tunnel.onState((s) => {
      if (s.status === 'verified') void this.registrations.setHookUrl(s.hookUrl, run.listener.secret);
      if (this.#running === run) this.#deps.onState(this.state());
    });
    return tunnel;
  }

  #tunnelView(run: Running): LiveState['tunnel'] {
    if (!run.tunnel) return this.#state.tunnel;
    return {
      kind: run.tunnelKind,
      state: tunnelStateView(run.tunnel.state),
      history: run.tunnel.history.map(tunnelStateView),
      log: [...run.log],
    };
  }

  #onFrame(frame: Frame): void {
    this.#health.record(sightingFromFrame(frame));
    this.#deps.publishFrame(() => toLiveFrame(frame));
  }

  #lastTickFrames = -1;
  #tick(): void {
    const state = this.state();
    if (state.stats.frames !== this.#lastTickFrames) {
      this.#lastTickFrames = state.stats.frames;
      this.#deps.onState(state);
    }
    this.#deps.onHealth(this.health());
  }

  async #teardown(): Promise<void> {
    const run = this.#running;
    if (!run) return;
    run.stopTicker();
    await run.tunnel?.stop();
    await run.captured.close();
    // Keep the tunnel's story (ending in `stopped`) on screen after the session.
    this.#state = { ...this.#state, tunnel: this.#tunnelView(run) };
    this.#running = undefined;
  }

  #setState(state: LiveState): void {
    this.#state = state;
    this.#deps.onState(this.state());
  }
}
