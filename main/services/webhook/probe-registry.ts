/**
 * Tokens of tunnel self-probes. The tunnel verifier calls `expect(token)`, then POSTs through the public URL
 * with header `x-meterscope-probe: <token>`; the listener calls `arrived(token)`. Probes are answered but
 * never captured as frames. A token stays known after it arrived, so a retried probe is not captured either.
 */
export class ProbeRegistry {
  private readonly known = new Set<string>();
  private readonly waiting = new Map<string, Set<{ resolve: () => void; reject: (e: Error) => void }>>();

  /** True when this header value is a probe token someone asked for. */
  isProbe(token: string | string[] | undefined): token is string {
    return typeof token === 'string' && this.known.has(token);
  }

  /** Resolves when a probe with this token arrives; rejects on abort or when the listener closes. */
  expect(token: string, signal?: AbortSignal): Promise<void> {
    if (token.length < 16) return Promise.reject(new Error('A probe token needs at least 16 characters.'));
    this.known.add(token);
    return new Promise<void>((resolve, reject) => {
      const waiter = {
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      const onAbort = () => {
        this.waiting.get(token)?.delete(waiter);
        reject(signal?.reason instanceof Error ? signal.reason : new Error('The probe wait was cancelled.'));
      };
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      const set = this.waiting.get(token) ?? new Set();
      set.add(waiter);
      this.waiting.set(token, set);
    });
  }

  /** Called by the listener when a probe arrived on the secret path. */
  arrived(token: string): void {
    const set = this.waiting.get(token);
    this.waiting.delete(token);
    for (const waiter of set ?? []) waiter.resolve();
  }

  /** Rejects every open wait (the listener is closing). */
  closeAll(reason: Error): void {
    for (const set of this.waiting.values()) for (const waiter of set) waiter.reject(reason);
    this.waiting.clear();
  }
}
