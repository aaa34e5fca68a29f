/** Something the sweeper watches: when it last made progress, and what to do when it stalls. */
export interface Stallable {
  lastTick: number;
  stalled(): void;
}

/**
 * One timer for every body being read, instead of a timer per request: it ticks four times per idle
 * period and stalls what has not moved for a whole period (so a stall is noticed after 1 to 1.25
 * periods). Under a flood this is one timer, not thousands. Started on first use, unref'd, stopped by stop().
 */
export class IdleSweeper {
  /** Ticks so far; readers note it on every chunk. */
  tick = 0;
  private readonly watched = new Set<Stallable>();
  private timer: ReturnType<typeof setInterval> | undefined;

  constructor(private readonly idleMs: number) {}

  /** Starts watching (and the timer, on first use). */
  add(item: Stallable): void {
    this.watched.add(item);
    this.timer ??= setInterval(() => this.sweep(), Math.max(1, this.idleMs / 4)).unref();
  }

  /** Stops watching. */
  delete(item: Stallable): void {
    this.watched.delete(item);
  }

  /** Stops the timer (the listener is closing). */
  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
  }

  private sweep(): void {
    this.tick += 1;
    for (const item of this.watched) if (this.tick - item.lastTick > 4) item.stalled();
  }
}
