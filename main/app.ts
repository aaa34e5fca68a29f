import { contract, type Contract } from '../shared/contract/contract.ts';
import { createBatcher, type BatcherClock } from '../shared/contract/live-batcher.ts';
import { resolveLiveFrame, type PendingLiveFrame } from './ipc/live-frame.ts';
import type { ContractServices } from '../shared/contract/types.ts';
import { createAccountServices } from './app-account.ts';
import { createLiveServices, type LiveServices } from './app-live.ts';
import { createReportServices } from './app-report.ts';
import { createEventHub, type EventHub } from './ipc/event-hub.ts';
import type { DecoderPort } from './services/decoder/decode-text.ts';
import { createDecoderViewService } from './services/decoder/decoder-view-service.ts';
import { fileProtoStore } from './services/decoder/proto-store.ts';
import type { SecretStore } from './services/secrets/secret-store.ts';
import { createSettingsService, type SettingsService } from './services/settings/settings-service.ts';

/** A login for the built-in simulator, held in main only (the renderer sees the base URL, never the password). */
export interface DemoSession {
  baseUrl: string;
  credentials: { user: string; password: string; apiKey: string; clientId: string };
}

/** What a host passes in: the ports and facts only it knows. */
export interface AppOptions {
  host: 'electron' | 'web';
  version: string;
  /** The Meterscope home folder (settings, captures, cache). */
  home: string;
  /** Where logins are kept: safeStorage in Electron, memory or the opt-in file in the browser host. */
  secretStore: SecretStore;
  /** The one place bugs go (the host's log). */
  onInternalError(error: unknown, context: { call?: string; event?: string }): void;
  /** Set in demo mode: the running simulator. */
  demo?: DemoSession | null;
  /** The payload decoder (shared/realtime); `decoder:decode` says it is unavailable when absent. */
  decoder?: DecoderPort;
  /** Timers for the live-frame batcher; real ones by default. */
  clock?: BatcherClock;
}

/** Everything a host needs from the core: the services behind the contract and the events they raise. */
export interface App {
  readonly services: ContractServices;
  readonly events: EventHub<Contract>;
  readonly settings: SettingsService;
  readonly secretStore: SecretStore;
  readonly demo: DemoSession | null;
  /**
   * Hands a received webhook frame (or its builder, called when its batch goes out) to the renderer
   * (batched: at most 20 `live:frames` events per second).
   */
  publishFrame(frame: PendingLiveFrame): void;
  /** The Live view's session (listener, tunnel, registrations): hosts and benchmarks reach it here. */
  readonly live: LiveServices;
  /** Stops timers and flushes what is pending. */
  close(): Promise<void>;
}

const realClock: BatcherClock = {
  now: () => performance.now(),
  setTimer: (fn, ms) => setTimeout(fn, ms),
  clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The composition root: builds every service from the ports a host passes in. The Electron host, the browser
 * host and the CLI all call it, so the app behaves the same whatever runs it.
 */
export function createApp(options: AppOptions): App {
  const events = createEventHub(contract, (error, context) => options.onInternalError(error, context));
  const settings = createSettingsService(options.home);
  settings.onChange((state) => events.emit('settings:changed', state));
  const frames = createBatcher<PendingLiveFrame>(
    {
      onBatch: (batch, dropped) =>
        events.emit('live:frames', { frames: batch.map(resolveLiveFrame), dropped }),
    },
    options.clock ?? realClock,
  );
  const demo = options.demo ?? null;
  const decoderView = createDecoderViewService(options.decoder, fileProtoStore(options.home));
  const account = createAccountServices({
    events,
    settings,
    secretStore: options.secretStore,
    demo,
    home: options.home,
  });

  const live = createLiveServices({
    home: options.home,
    secretStore: options.secretStore,
    events,
    publishFrame: (frame) => frames.push(frame),
    api: async () => (await account.session.require()).api,
  });

  const services: ContractServices = {
    'app:info': async () => ({
      version: options.version,
      host: options.host,
      tokenStorage: options.secretStore.describe(),
      demo: demo ? { baseUrl: demo.baseUrl } : null,
    }),
    'settings:get': () => settings.get(),
    'settings:set': (patch) => settings.set(patch),
    ...account.services,
    ...decoderView,
    ...live.services,
    ...createReportServices({
      session: account.session,
      fleet: account.fleet,
      fleetLoad: account.services['fleet:load'],
      settings,
      secretStore: options.secretStore,
      demo,
      home: options.home,
      host: options.host,
      version: options.version,
    }),
  };

  return {
    services,
    events,
    settings,
    secretStore: options.secretStore,
    demo,
    publishFrame: (frame) => frames.push(frame),
    live,
    close: async () => {
      await live.close();
      frames.flush();
      frames.close();
      await account.close();
    },
  };
}
