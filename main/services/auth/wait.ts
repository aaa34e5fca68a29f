/**
 * Waits `ms` or until `signal` aborts (then rejects with the abort reason). A port: flows take it as an
 * argument so tests drive polling and timeouts without real delays.
 */
export type Wait = (ms: number, signal: AbortSignal) => Promise<void>;

/** The real Wait, on a timer that is cleared on abort so nothing keeps the process alive. */
export const realWait: Wait = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
