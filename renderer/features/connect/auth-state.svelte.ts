import type { AuthStatus, LoginRequest } from '../../../shared/contract/calls/auth.ts';
import type { ContractError, Envelope } from '../../../shared/contract/envelope.ts';
import type { ContractClient } from '../../lib/contract-client.ts';

/**
 * Where logging in stands, for the Connect view: kept up to date by `auth:changed`, so a browser login
 * that finishes while another window or view is open shows up everywhere. `failure` is the last call's
 * error (wrong password, no client ID); `status.error` is a background login's.
 */
class AuthState {
  status = $state.raw<AuthStatus | null>(null);
  failure = $state.raw<ContractError | null>(null);
  busy = $state(false);
  #client: ContractClient | null = null;

  /** Connects once per client and fetches the current state. */
  attach(client: ContractClient): void {
    if (this.#client === client) return;
    this.#client = client;
    client.on('auth:changed', (s) => (this.status = s));
    void client.invoke('auth:status').then((r) => {
      if (r.ok) this.status = r.data;
      else this.failure = r.error;
    });
  }

  /** Runs a login; resolves true when it worked (or is waiting for the browser or a code). */
  async login(request: LoginRequest): Promise<boolean> {
    return this.#run(() => this.#client!.invoke('auth:login', request));
  }

  cancel(): Promise<boolean> {
    return this.#run(() => this.#client!.invoke('auth:cancel'));
  }

  logout(): Promise<boolean> {
    return this.#run(() => this.#client!.invoke('auth:logout'));
  }

  async #run(call: () => Promise<Envelope<AuthStatus>>): Promise<boolean> {
    if (!this.#client) return false;
    this.busy = true;
    this.failure = null;
    const r = await call();
    this.busy = false;
    if (r.ok) this.status = r.data;
    else this.failure = r.error;
    return r.ok;
  }
}

/** The app's one login state. */
export const auth = new AuthState();
