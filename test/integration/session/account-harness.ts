import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { contract } from '../../../shared/contract/contract.ts';
import type { Envelope } from '../../../shared/contract/envelope.ts';
import type { CallRequest, CallResponse, EventName, EventPayload } from '../../../shared/contract/types.ts';
import {
  createAccountServices,
  type AccountCallName,
  type AccountContext,
} from '../../../main/app-account.ts';
import { createHandlers } from '../../../main/ipc/create-handlers.ts';
import { createEventHub } from '../../../main/ipc/event-hub.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';
import type { SecretStore } from '../../../main/services/secrets/secret-store.ts';
import { createSettingsService } from '../../../main/services/settings/settings-service.ts';

/** A running set of account services behind the same wrapper every host uses, and what they emitted. */
export interface AccountHarness {
  /** A typed call, as a view makes it. */
  call<N extends AccountCallName>(name: N, payload?: CallRequest<N>): Promise<Envelope<CallResponse<N>>>;
  /** The call succeeded: its data (the test fails with the error message otherwise). */
  data<N extends AccountCallName>(name: N, payload?: CallRequest<N>): Promise<CallResponse<N>>;
  /** Any name and payload, as an untrusted renderer could send them. */
  raw(name: string, payload: unknown): Promise<Envelope<unknown>>;
  /** The next event of this name that matches `accept` (already received ones count). */
  nextEvent<E extends EventName>(name: E, accept?: (p: EventPayload<E>) => boolean): Promise<EventPayload<E>>;
  events: { name: string; payload: unknown }[];
  internalErrors: unknown[];
  home: string;
  secretStore: SecretStore;
  close(): Promise<void>;
}

/**
 * Builds the account services with a throw-away home folder, an in-memory token storage (unless one is
 * given) and a trusted sender, as main/app.ts does. Every emitted event is recorded.
 */
export async function accountHarness(
  o: Partial<Omit<AccountContext, 'events' | 'settings'>> & { home?: string } = {},
): Promise<AccountHarness> {
  const home = o.home ?? (await mkdtemp(join(tmpdir(), 'meterscope-account-')));
  const internalErrors: unknown[] = [];
  const events: { name: string; payload: unknown }[] = [];
  const waiters: { name: string; accept: (p: unknown) => boolean; resolve: (p: unknown) => void }[] = [];
  const hub = createEventHub(contract, (e) => internalErrors.push(e));
  hub.subscribe((name, payload) => {
    events.push({ name, payload });
    for (const w of [...waiters]) {
      if (w.name === name && w.accept(payload)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(payload);
      }
    }
  });
  const secretStore = o.secretStore ?? createMemorySecretStore();
  const settings = createSettingsService(home);
  const account = createAccountServices({
    demo: null,
    api: { retry: { maxAttempts: 1 } },
    ...o,
    home,
    secretStore,
    events: hub,
    settings,
  });
  // Only the account calls are implemented here; the wrapper is the real one every host uses.
  const services = account.services as unknown as Parameters<typeof createHandlers>[1];
  const handlers = createHandlers(contract, services, {
    isTrustedSender: () => true,
    onInternalError: (e) => internalErrors.push(e),
  });
  const call = <N extends AccountCallName>(name: N, payload?: CallRequest<N>) =>
    handlers.handle(null, name, payload ?? {}) as Promise<Envelope<CallResponse<N>>>;
  return {
    call,
    async data(name, payload) {
      const r = await call(name, payload);
      if (!r.ok) throw new Error(`${name} failed: [${r.error.code}] ${r.error.message}`);
      return r.data;
    },
    raw: (name, payload) => handlers.handle(null, name, payload),
    nextEvent: (name, accept = () => true) =>
      new Promise((resolve) => {
        const seen = events.find((e) => e.name === name && accept(e.payload as never));
        if (seen) return resolve(seen.payload as never);
        waiters.push({
          name,
          accept: accept as (p: unknown) => boolean,
          resolve: resolve as (p: unknown) => void,
        });
      }),
    events,
    internalErrors,
    home,
    secretStore,
    close: async () => {
      await account.close();
      if (!o.home) await rm(home, { recursive: true, force: true });
    },
  };
}
