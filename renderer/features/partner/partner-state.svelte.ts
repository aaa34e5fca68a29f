import { untrack } from 'svelte';
import type { PartnerView } from '../../../shared/contract/calls/partner.ts';
import type { ContractError } from '../../../shared/contract/envelope.ts';
import type { ContractClient } from '../../lib/contract-client.ts';

const LOGIN_ERRORS = new Set(['licence-required', 'not-connected', 'unauthorized']);

/**
 * The partner's customers, loaded when the Customers view first opens and kept while switching views. A
 * login change (auth:changed) clears them, since another account may have other customers or no Goldpartner
 * licence at all, and reloads if the view was opened before.
 */
class PartnerState {
  view = $state.raw<PartnerView | null>(null);
  loading = $state(false);
  error = $state.raw<ContractError | null>(null);
  #client: ContractClient | null = null;
  #generation = 0;
  #wanted = false;

  /** Connects to main once; later calls with the same client do nothing. */
  attach(client: ContractClient): void {
    if (this.#client === client) return;
    this.#client = client;
    client.on('auth:changed', () => {
      this.#generation++;
      this.view = null;
      this.error = null;
      this.loading = false;
      if (this.#wanted) void this.load();
    });
  }

  /**
   * Loads unless there is data or a load running: what the view calls when it opens. Untracked, so the
   * view's `$effect` does not depend on the load's own state (a failed load must not start the next one).
   */
  ensure(): void {
    untrack(() => {
      this.#wanted = true;
      if (!this.view && !this.loading) void this.load();
    });
  }

  /** Asks main (and so the cloud) for the customers again. */
  async load(): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const generation = ++this.#generation;
    this.loading = true;
    this.error = null;
    const r = await client.invoke('partner:load');
    if (generation !== this.#generation) return;
    this.loading = false;
    if (r.ok) {
      this.view = r.data;
    } else {
      this.error = r.error;
      // Keep what was shown through a network hiccup, but not for a login that may not see these customers.
      if (LOGIN_ERRORS.has(r.error.code)) this.view = null;
    }
  }
}

/** The app's one list of partner customers. */
export const partner = new PartnerState();
