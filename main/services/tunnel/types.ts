/**
 * The shapes of the tunnel service: what the user asks for (a spec), what the tunnel honestly knows about
 * itself (a state), and why it failed (a failure a technician can act on).
 */

/** A public URL the user already runs (own reverse proxy, or ngrok/cloudflared started by hand). */
export interface UrlTunnelSpec {
  kind: 'url';
  url: string;
}

/** A cloudflared quick tunnel (`*.trycloudflare.com`), with the binary found on PATH unless given. */
export interface CloudflaredTunnelSpec {
  kind: 'cloudflared';
  binary?: string;
}

/** An ngrok endpoint through the `@ngrok/ngrok` library with the user's authtoken (a secret). */
export interface NgrokTunnelSpec {
  kind: 'ngrok';
  authtoken: string;
  /** A reserved ngrok domain, when the user has one (keeps the URL stable across runs). */
  domain?: string;
}

/** An SSH reverse tunnel (`ssh -R`) to a server of the user's. */
export interface SshTunnelSpec {
  kind: 'ssh';
  /** `user@host` (or just `host`), as for the ssh command. */
  target: string;
  /** The SSH port of the server (22 when absent). */
  port?: number;
  /** The port the server listens on for the public side; 0 or absent lets the server choose one. */
  remotePort?: number;
  /** Address the server binds the remote port to; 0.0.0.0 (public) unless given. Needs `GatewayPorts`. */
  remoteBind?: string;
  identityFile?: string;
  /** A known_hosts file to check the server key against (the user's own when absent). */
  knownHostsFile?: string;
  /** The URL the cloud should call when it differs from `http://host:remotePort` (e.g. a proxy in front). */
  publicUrl?: string;
  binary?: string;
}

/** What the user chose; one interface, several providers. */
export type TunnelSpec = UrlTunnelSpec | CloudflaredTunnelSpec | NgrokTunnelSpec | SshTunnelSpec;

/** Stable failure codes: the UI and CLI explain each, tests assert them. */
export type TunnelFailureCode =
  | 'bad-spec'
  | 'binary-not-found'
  | 'rate-limited'
  | 'quick-tunnel-refused'
  | 'quick-tunnel-unreachable'
  | 'ngrok-authtoken-missing'
  | 'ngrok-authtoken-invalid'
  | 'ngrok-session-limit'
  | 'ngrok-endpoint-in-use'
  | 'ngrok-error'
  | 'ssh-auth'
  | 'ssh-host-key'
  | 'ssh-connect'
  | 'ssh-forward-failed'
  | 'process-exited'
  | 'no-url'
  | 'not-verified'
  | 'stopped';

/** Why a tunnel failed: a sentence a technician understands, plus the raw output behind it. */
export interface TunnelFailure {
  code: TunnelFailureCode;
  message: string;
  /** The tool's own words (last lines of its output, the library error), secrets redacted. */
  detail: string;
}

/**
 * The honest state of a tunnel. `verified` is only ever reached after a probe sent through the public URL
 * arrived at the listener; `receiving` only after that, on the first real frame.
 */
export type TunnelState =
  | { status: 'starting' }
  | { status: 'url-assigned'; url: string; hookUrl: string }
  | { status: 'verified'; url: string; hookUrl: string }
  | { status: 'receiving'; url: string; hookUrl: string }
  | { status: 'failed'; failure: TunnelFailure; url?: string }
  | { status: 'stopped' };

/** The status names, for waiting on one. */
export type TunnelStatus = TunnelState['status'];

/** One line of a provider's own output, kept for the support view (never contains secrets). */
export interface TunnelLogLine {
  source: 'cloudflared' | 'ssh' | 'ngrok' | 'verifier';
  text: string;
}

/** A running tunnel, as the app and the `listen` command see it. */
export interface Tunnel {
  readonly spec: Readonly<TunnelSpec>;
  /** The current state. */
  readonly state: TunnelState;
  /** Every state so far, oldest first: what the UI shows as the tunnel's story. */
  readonly history: readonly TunnelState[];
  /** Subscribes to state changes; returns the unsubscribe function. */
  onState(listener: (state: TunnelState) => void): () => void;
  /** Subscribes to the provider's output lines (for a log pane). */
  onLog(listener: (line: TunnelLogLine) => void): () => void;
  /**
   * Resolves when `status` is reached (at once if already reached); rejects with a TunnelError when the
   * tunnel fails or stops first.
   */
  waitFor(status: TunnelStatus): Promise<TunnelState>;
  /** Tells the tunnel a real frame arrived: moves a verified tunnel to `receiving`. */
  frameReceived(): void;
  /** Stops the provider (kills its process, closes its session). Safe to call more than once. */
  stop(): Promise<void>;
}
