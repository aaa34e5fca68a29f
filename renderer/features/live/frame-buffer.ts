import type { LiveFrame } from '../../../shared/contract/events/live-frames.ts';

/** What the frame list shows: frames of one device (part of its GUID), of one status, or all. */
export interface FrameFilter {
  device: string;
  status: 'all' | LiveFrame['status'];
}

/** The filter that shows everything. */
export const NO_FILTER: FrameFilter = { device: '', status: 'all' };

/** True when a frame passes the filter (device: any item's GUID contains the text, case-insensitive). */
export function matchesFilter(frame: LiveFrame, filter: FrameFilter): boolean {
  if (filter.status !== 'all' && frame.status !== filter.status) return false;
  const wanted = filter.device.trim().toLowerCase();
  return wanted === '' || frame.items.some((item) => item.deviceId.includes(wanted));
}

/**
 * The frames the Live view holds: the newest `max` (older ones stay in the capture file), and the filtered
 * list kept up to date incrementally, so a batch of 50 frames costs 50 filter checks, not 10,000. Plain
 * arrays (no reactivity): the view re-reads them when `version` changes.
 */
export class FrameBuffer {
  readonly max: number;
  #all: LiveFrame[] = [];
  #shown: LiveFrame[] = [];
  #filter: FrameFilter = NO_FILTER;
  #devices = new Set<string>();
  #sortedDevices: string[] = [];
  #evicted = 0;
  version = 0;

  constructor(max = 10_000) {
    this.max = max;
  }

  /** Every frame held, oldest first. */
  get all(): readonly LiveFrame[] {
    return this.#all;
  }

  /** The frames passing the filter, oldest first. */
  get shown(): readonly LiveFrame[] {
    return this.#shown;
  }

  get filter(): FrameFilter {
    return this.#filter;
  }

  /** Frames dropped from memory because more than `max` arrived (still in the capture). */
  get evicted(): number {
    return this.#evicted;
  }

  /** Every device seen, for the filter's choices (the same array until a new device appears). */
  devices(): string[] {
    if (this.#sortedDevices.length !== this.#devices.size) this.#sortedDevices = [...this.#devices].sort();
    return this.#sortedDevices;
  }

  add(frames: readonly LiveFrame[]): void {
    if (frames.length === 0) return;
    for (const frame of frames) {
      this.#all.push(frame);
      for (const item of frame.items) this.#devices.add(item.deviceId);
      if (matchesFilter(frame, this.#filter)) this.#shown.push(frame);
    }
    const over = this.#all.length - this.max;
    if (over > 0) {
      const gone = this.#all.splice(0, over);
      this.#evicted += over;
      const oldestKept = this.#all[0];
      // Both lists are in arrival order: the evicted frames are a prefix of `shown` too.
      let cut = 0;
      const goneSet = new Set(gone);
      while (cut < this.#shown.length && this.#shown[cut] !== oldestKept && goneSet.has(this.#shown[cut]!))
        cut++;
      if (cut > 0) this.#shown.splice(0, cut);
    }
    this.version++;
  }

  setFilter(filter: FrameFilter): void {
    this.#filter = filter;
    this.#shown = this.#all.filter((f) => matchesFilter(f, filter));
    this.version++;
  }

  /** Replaces everything (a capture opened from disk). */
  replace(frames: readonly LiveFrame[]): void {
    this.clear();
    this.add(frames.slice(-this.max));
    this.#evicted = Math.max(0, frames.length - this.max);
  }

  clear(): void {
    this.#all = [];
    this.#shown = [];
    this.#devices = new Set();
    this.#sortedDevices = [];
    this.#evicted = 0;
    this.version++;
  }
}
