import { untrack } from 'svelte';
import type { ContractError } from '../../../shared/contract/envelope.ts';
import type { AuthStatus } from '../../../shared/contract/calls/auth.ts';
import type { FleetView, GatewayView } from '../../../shared/contract/calls/fleet.ts';
import type { EventPayload } from '../../../shared/contract/types.ts';
import type { ContractClient } from '../../lib/contract-client.ts';

/** Who is logged in, reduced to what decides whose fleet is shown. */
function accountKey(status: AuthStatus): string {
  const l = status.login;
  return l ? [l.flow, l.baseUrl, l.username ?? '', l.clientId ?? ''].join('|') : '';
}

/**
 * The fleet the Devices and Gateways views share, loaded once and kept while switching views. The big list
 * is `$state.raw` (replaced, never deeply proxied), so 10,000 rows cost nothing to make reactive. A login
 * change clears it and reloads if a view asked for it before.
 */
class FleetState {
  view = $state.raw<FleetView | null>(null);
  progress = $state.raw<EventPayload<'fleet:progress'> | null>(null);
  loading = $state(false);
  error = $state.raw<ContractError | null>(null);
  #client: ContractClient | null = null;
  #generation = 0;
  #wanted = false;
  #account: string | undefined;
  #thresholds: string | undefined;

  /** Connects to main once; later calls with the same client do nothing. */
  attach(client: ContractClient): void {
    if (this.#client === client) return;
    this.#client = client;
    void client.invoke('auth:status').then((r) => {
      if (r.ok && this.#account === undefined) this.#account = accountKey(r.data);
    });
    void client.invoke('settings:get').then((r) => {
      if (r.ok) this.#thresholds ??= JSON.stringify(r.data.settings.thresholds);
    });
    client.on('fleet:progress', (p) => {
      if (this.loading) this.progress = p;
    });
    // Online and stale are derived in main with the thresholds of the load: new thresholds need a new load.
    client.on('settings:changed', ({ settings }) => {
      const key = JSON.stringify(settings.thresholds);
      const changed = this.#thresholds !== undefined && key !== this.#thresholds;
      this.#thresholds = key;
      if (changed && this.view) void this.load(true);
    });
    client.on('auth:changed', (status) => {
      const key = accountKey(status);
      if (this.#account !== undefined && key === this.#account) return;
      this.#account = key;
      this.view = null;
      this.error = null;
      if (this.#wanted) void this.load(false);
    });
  }

  /**
   * Loads unless there is data or a load running: what a view calls when it opens. Untracked, so a view's
   * `$effect` does not depend on the load's own state: else a failed load (loading off, no data) would
   * start the next one at once, forever, and "not logged in" would never stay on screen.
   */
  ensure(): void {
    untrack(() => {
      this.#wanted = true;
      if (!this.view && !this.loading) void this.load(false);
    });
  }

  /** Loads the fleet; `refresh` asks the cloud again instead of taking what main holds. */
  async load(refresh: boolean): Promise<void> {
    const client = this.#client;
    if (!client) return;
    const generation = ++this.#generation;
    this.loading = true;
    this.error = null;
    this.progress = null;
    const r = await client.invoke('fleet:load', { refresh });
    if (generation !== this.#generation) return;
    this.loading = false;
    if (r.ok) {
      this.view = r.data;
    } else {
      this.error = r.error;
      if (r.error.code === 'not-connected') this.view = null;
    }
  }

  /** Shows a gateway as main answered it after an action (search, new interval). */
  replaceGateway(gateway: GatewayView): void {
    if (!this.view) return;
    this.view = {
      ...this.view,
      gateways: this.view.gateways.map((g) => (g.id === gateway.id ? gateway : g)),
    };
  }
}

/** The app's one fleet. */
export const fleet = new FleetState();
