import type { TunnelFailure } from './types.ts';

/** What a provider may do to the tunnel it serves; the orchestrator owns the state. */
export interface ProviderContext {
  /** The listener's port on 127.0.0.1 that the tunnel must reach. */
  localPort: number;
  /** Aborted when the tunnel stops: a provider still starting must give up. */
  signal: AbortSignal;
  /** One line of the tool's output, for the log pane (must not contain secrets). */
  log(text: string): void;
  /** The public base URL is known (call once). It is not trusted until the probe arrives through it. */
  urlAssigned(url: string): void;
  /** The provider died on its own (process exited, session lost). */
  failed(failure: TunnelFailure): void;
}

/** A started provider. */
export interface ProviderRun {
  /** Ends the provider's process or session; resolves when it is gone. */
  stop(): Promise<void>;
  /** Advice to add when verification times out (e.g. the tool's last connection error). */
  hint?(): string | undefined;
  /** How long verification may take with this provider (fresh DNS names need longer). */
  verifyTimeoutMs?: number;
}

/**
 * One kind of tunnel. Starts its tool and reports through the context; throws a TunnelError when it cannot
 * even start (binary missing, bad settings, authtoken rejected).
 */
export type TunnelProvider = (ctx: ProviderContext) => Promise<ProviderRun>;
