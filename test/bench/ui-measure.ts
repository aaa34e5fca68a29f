/** The p-th percentile (nearest rank) of a list of numbers. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Rounds to `digits` decimals for printing. */
export const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

/**
 * Installed in the page: for each keystroke in `inputSelector`, the time from keydown to the first animation
 * frame after the table (`tableSelector`) changed, pushed to `window.__latencies`. Performance marks name
 * each measurement so a trace shows them too.
 */
export function installKeystrokeProbe(args: { inputSelector: string; tableSelector: string }): void {
  const w = window as unknown as { __latencies: number[] };
  w.__latencies = [];
  const input = document.querySelector(args.inputSelector);
  const table = document.querySelector(args.tableSelector);
  if (!input || !table) throw new Error(`missing ${input ? args.tableSelector : args.inputSelector}`);
  let pending: number | null = null;
  let n = 0;
  input.addEventListener(
    'keydown',
    () => {
      pending = performance.now();
      performance.mark(`key-${n}`);
    },
    { capture: true },
  );
  new MutationObserver(() => {
    if (pending === null) return;
    const start = pending;
    pending = null;
    requestAnimationFrame(() => {
      performance.measure(`key-to-table-${n}`, `key-${n}`);
      n++;
      w.__latencies.push(performance.now() - start);
    });
  }).observe(table, { subtree: true, childList: true, attributes: true, characterData: true });
}

/** A main-thread task over 50 ms, as the page saw it (times from performance.now()). */
export interface LongTask {
  start: number;
  duration: number;
}

/** Installed in the page: records every main-thread task over 50 ms in `window.__longTasks`. */
export function installLongTaskProbe(): void {
  const w = window as unknown as { __longTasks: LongTask[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      w.__longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: false });
}

/**
 * tsx (esbuild, keepNames) wraps named functions in `__name(...)` calls; functions handed to page.evaluate
 * run in the browser, where that helper does not exist. This defines it there as a no-op.
 */
export const NAME_SHIM = 'globalThis.__name = (fn) => fn;';
