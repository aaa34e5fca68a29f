import type {
  HealthSnapshot,
  LiveState,
  RegistrationList,
} from '../../../shared/contract/calls/live-schemas.ts';
import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';
import type { ContractClient } from '../../lib/contract-client.ts';
import { FrameBuffer, type FrameFilter } from './frame-buffer.ts';
import { LatestValues } from './latest-values.ts';

/** Where the frame list's frames come from: the running session, or a capture opened from disk. */
export type FrameSource =
  { kind: 'live' } | { kind: 'opened'; name: string; total: number; issues: string[] };

/** Most frames held while paused (the rest is counted and stays in the capture). */
const MAX_HELD = 10_000;

/**
 * The Live view's state, kept for the whole app run (one per client), so frames keep arriving while
 * another view is open. Frames live in plain buffers; `version` tells the views to read them again, so a
 * flood costs one re-render per batch (at most 20 a second), not one per frame.
 */
export class LiveStore {
  state = $state.raw<LiveState | null>(null);
  registrations = $state.raw<RegistrationList>({ registrations: [], warnings: [] });
  health = $state.raw<HealthSnapshot>({ devices: [], undecodable: 0 });
  source = $state.raw<FrameSource>({ kind: 'live' });
  paused = $state(false);
  held = $state(0);
  dropped = $state(0);
  version = $state(0);
  /** Bumped at most twice a second: the latest-values panel is read by people, not at frame rate. */
  latestVersion = $state(0);
  selected = $state<number | null>(null);
  readonly live = new FrameBuffer();
  readonly opened = new FrameBuffer(20_000);
  readonly latest = new LatestValues();
  #heldFrames: LiveFrame[] = [];
  #latestTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(client: ContractClient) {
    client.on('live:frames', ({ frames, dropped }) => this.receive(frames, dropped));
    client.on('live:state', (state) => (this.state = state));
    client.on('live:registrations', (list) => (this.registrations = list));
    client.on('live:health', (snapshot) => (this.health = snapshot));
    void client.invoke('live:state').then((r) => r.ok && (this.state = r.data));
    void client.invoke('live:health').then((r) => r.ok && (this.health = r.data));
  }

  /** The buffer the frame list shows. */
  get buffer(): FrameBuffer {
    return this.source.kind === 'live' ? this.live : this.opened;
  }

  /** A batch from main: into the list (or held while paused), and the latest values. */
  receive(frames: LiveFrame[], dropped: number): void {
    this.dropped += dropped;
    this.latest.update(frames);
    this.#latestChanged();
    if (this.paused) {
      this.#heldFrames.push(...frames);
      if (this.#heldFrames.length > MAX_HELD) this.#heldFrames.splice(0, this.#heldFrames.length - MAX_HELD);
      this.held = this.#heldFrames.length;
    } else {
      this.live.add(frames);
    }
    this.version++;
  }

  #latestChanged(): void {
    if (this.#latestTimer !== undefined) return;
    this.#latestTimer = setTimeout(() => {
      this.#latestTimer = undefined;
      this.latestVersion++;
    }, 500);
  }

  pause(): void {
    this.paused = true;
  }

  resume(): void {
    this.paused = false;
    this.live.add(this.#heldFrames);
    this.#heldFrames = [];
    this.held = 0;
    this.version++;
  }

  setFilter(filter: FrameFilter): void {
    this.live.setFilter(filter);
    this.opened.setFilter(filter);
    this.version++;
  }

  clear(): void {
    this.buffer.clear();
    if (this.source.kind === 'live') {
      this.latest.clear();
      this.latestVersion++;
      this.dropped = 0;
      this.#heldFrames = [];
      this.held = 0;
    }
    this.selected = null;
    this.version++;
  }

  showOpened(name: string, frames: LiveFrame[], total: number, issues: string[]): void {
    this.opened.replace(frames);
    this.opened.setFilter(this.live.filter);
    this.source = { kind: 'opened', name, total, issues };
    this.selected = null;
    this.version++;
  }

  backToLive(): void {
    this.source = { kind: 'live' };
    this.selected = null;
    this.version++;
  }
}

let store: { client: ContractClient; store: LiveStore } | undefined;

/** The one Live store of this client: the app creates it (and so subscribes) at start, views reuse it. */
export function liveStore(client: ContractClient): LiveStore {
  if (store?.client !== client) store = { client, store: new LiveStore(client) };
  return store.store;
}
