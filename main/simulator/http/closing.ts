/**
 * The simulator's pending waits (injected latency, slow bodies), ended all at once when it closes. One
 * registry instead of an abort listener per request: 5,000 requests arriving together (the vendor sample's
 * burst) used to add 5,000 listeners to one AbortSignal and print MaxListenersExceededWarning.
 */
export interface Closing {
  /** True once `close` was called. */
  readonly closed: boolean;
  /** Resolves after `ms`; rejects at once if the simulator is closed or closes meanwhile. */
  wait(ms: number): Promise<void>;
  /** Ends every pending wait (they reject) and makes later waits reject at once. */
  close(): void;
}

/** Creates the registry for one simulator. */
export function createClosing(): Closing {
  const pending = new Map<ReturnType<typeof setTimeout>, (reason: Error) => void>();
  let closed = false;
  const closedError = () => new Error('The simulator is closing.');
  return {
    get closed() {
      return closed;
    },
    wait(ms) {
      if (closed) return Promise.reject(closedError());
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(timer);
          resolve();
        }, ms);
        pending.set(timer, reject);
      });
    },
    close() {
      closed = true;
      for (const [timer, reject] of pending) {
        clearTimeout(timer);
        reject(closedError());
      }
      pending.clear();
    },
  };
}
