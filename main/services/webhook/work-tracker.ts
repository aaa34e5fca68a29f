/**
 * Counts requests between "body complete" and "answer sent", so closing the listener can wait for exactly
 * those (their data is on disk and they deserve their 200) without a promise per request.
 */
export class WorkTracker {
  private active = 0;
  private waiters: (() => void)[] = [];

  /** Marks one request as being committed and answered. */
  start(): void {
    this.active += 1;
  }

  /** Marks it done (its response finished or its connection closed). */
  end(): void {
    this.active -= 1;
    if (this.active === 0) for (const resolve of this.waiters.splice(0)) resolve();
  }

  /** Resolves once nothing is in progress. */
  idle(): Promise<void> {
    return this.active === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
