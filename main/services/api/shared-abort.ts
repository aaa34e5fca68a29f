/** Callbacks waiting for each shared signal; one real `abort` listener per signal calls them all. */
const waiting = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `callback` when `signal` aborts; returns a function that unregisters it. A fleet load passes one
 * signal to hundreds of queued requests and backoff waits: a listener for each went past Node's limit of 10
 * and printed MaxListenersExceededWarning. Here the signal gets one listener, however many wait on it.
 */
export function onAbort(signal: AbortSignal, callback: () => void): () => void {
  let callbacks = waiting.get(signal);
  if (!callbacks) {
    const set = new Set<() => void>();
    waiting.set(signal, set);
    signal.addEventListener(
      'abort',
      () => {
        waiting.delete(signal);
        for (const cb of set) cb();
      },
      { once: true },
    );
    callbacks = set;
  }
  const own = callbacks;
  own.add(callback);
  return () => void own.delete(callback);
}

/**
 * A signal of its own for one HTTP exchange, aborted when `parent` aborts: the HTTP library listens on
 * this one, so eight requests in flight add nothing to the shared signal. Call `release` when done.
 */
export function childSignal(parent: AbortSignal | undefined): { signal?: AbortSignal; release(): void } {
  if (!parent) return { release: () => undefined };
  const child = new AbortController();
  if (parent.aborted) {
    child.abort(parent.reason);
    return { signal: child.signal, release: () => undefined };
  }
  const release = onAbort(parent, () => child.abort(parent.reason));
  return { signal: child.signal, release };
}
