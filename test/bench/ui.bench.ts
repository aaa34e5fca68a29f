// npm run bench:ui — the app in Debian's Chromium: renderer JS size (gzipped), keystroke → updated Devices table
// over 10,000 devices (vs a naive full-table render), and the Live view fed 1,000 frames/s for 30 s (batched
// as the app does, vs one event per frame). Last line: one JSON object with the figures.
import { chromium } from '@playwright/test';
import { cpus } from 'node:os';
import { filterBench } from './ui-filter.ts';
import { startUiHost } from './ui-host.ts';
import { liveBench } from './ui-live.ts';
import { round } from './ui-measure.ts';
import { rendererJsGzipKb } from './ui-size.ts';

const DEVICES = 10_000;

/** The longest task in words (the longtask observer reports only tasks over 50 ms). */
const taskText = (r: { maxTaskMs: number; longTasks: number }) =>
  r.longTasks === 0
    ? 'no task over 50 ms'
    : `longest task ${round(r.maxTaskMs)} ms (${r.longTasks} over 50 ms)`;
const quick = process.argv.includes('--quick'); // skips the per-frame baseline (for trying the script)

const host = await startUiHost(DEVICES);
const browser = await chromium.launch({
  executablePath: process.env.METERSCOPE_CHROMIUM ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--no-first-run',
    '--enable-precise-memory-info',
  ],
});
try {
  const size = await rendererJsGzipKb(host.rendererDir);
  console.log(
    `renderer JS: ${round(size.kb)} KB gzipped (${round(size.rawKb)} KB raw, ${size.files} files); target < 250 KB`,
  );

  const filter = await filterBench(browser, host, DEVICES);
  console.log(
    `filter, ${filter.rows} devices, ${filter.keystrokes} keystrokes (naive: ${filter.naiveKeystrokes}): p95 ${round(filter.ours.p95)} ms (p50 ${round(filter.ours.p50)}) ` +
      `vs naive full render p95 ${round(filter.naive.p95)} ms (p50 ${round(filter.naive.p50)}): ` +
      `${round(filter.naive.p95 / filter.ours.p95)}x faster; target p95 < 50 ms`,
  );

  const ours = await liveBench(browser, host, 'batched');
  console.log(
    `live, 1,000 frames/s for 30 s, batched: ${taskText(ours)}, main thread busy ${round(ours.mainThreadBusyS)} s, ` +
      `caught up ${round(ours.catchUpMs)} ms after the last frame, heap ${round(ours.heapAt10sMb)} → ${round(ours.heapAt30sMb)} MB ` +
      `(growth ${round(ours.heapGrowthMb, 2)} MB), ${ours.rowsInList} rows held`,
  );
  const base = quick ? undefined : await liveBench(browser, host, 'per-frame');
  if (base) {
    console.log(
      `live, one event per frame (baseline): ${taskText(base)}, main thread busy ${round(base.mainThreadBusyS)} s ` +
        `(${round(base.mainThreadBusyS / ours.mainThreadBusyS)}x ours), caught up ${round(base.catchUpMs)} ms after the last frame, ` +
        `heap growth ${round(base.heapGrowthMb, 2)} MB`,
    );
  }
  const cpu = cpus()[0]?.model ?? 'unknown';
  console.log(`machine: ${cpus().length} cores, ${cpu}, node ${process.version}`);
  console.log(
    JSON.stringify({
      js_gzip_kb: round(size.kb),
      filter_p95_ms: round(filter.ours.p95),
      live_max_task_ms: round(ours.maxTaskMs),
      live_heap_growth_mb: round(ours.heapGrowthMb, 2),
      filter_naive_p95_ms: round(filter.naive.p95),
      filter_ratio: round(filter.naive.p95 / filter.ours.p95),
      live_long_tasks: ours.longTasks,
      live_busy_s: round(ours.mainThreadBusyS),
      live_catch_up_ms: round(ours.catchUpMs),
      ...(base && {
        live_baseline_max_task_ms: round(base.maxTaskMs),
        live_baseline_long_tasks: base.longTasks,
        live_baseline_heap_growth_mb: round(base.heapGrowthMb, 2),
        live_baseline_busy_s: round(base.mainThreadBusyS),
        live_baseline_catch_up_ms: round(base.catchUpMs),
      }),
    }),
  );
} finally {
  await browser.close();
  await host.close();
}
