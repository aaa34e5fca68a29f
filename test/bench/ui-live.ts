import type { Browser, CDPSession, Page } from '@playwright/test';
import type { LiveFrame } from '../../shared/contract/events/live-frames.ts';
import type { UiHost } from './ui-host.ts';
import { installLongTaskProbe, NAME_SHIM, type LongTask } from './ui-measure.ts';

const RATE = 1000;
const SECONDS = 30;
const DEVICES = 100;

/** A frame like the simulator's: one meter, 20 OBIS values. */
function makeFrame(seq: number): LiveFrame {
  const device = (seq % DEVICES).toString(16).padStart(12, '0');
  const now = new Date().toISOString();
  return {
    seq,
    receivedAt: now,
    remote: '127.0.0.1',
    byteLength: 416,
    status: 'ok',
    items: [
      {
        deviceId: `3bd0fce9-9f8e-4183-b3d1-${device}`,
        dateTime: now,
        dateTimeTicks: '0',
        dateTimeScale: 'TICKS',
        dateTimeKind: 'UNSPECIFIED',
        values: Array.from({ length: 20 }, (_, k) => ({
          obis: `1-0:${k + 1}.7.0*255`,
          obisHex: '0100010700FF',
          value: seq + k / 10,
        })),
      },
    ],
  };
}

/** Seconds the page's main thread spent in tasks so far (Chromium's own counter). */
async function busySeconds(cdp: CDPSession): Promise<number> {
  const { metrics } = (await cdp.send('Performance.getMetrics')) as {
    metrics: { name: string; value: number }[];
  };
  return metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN;
}

/**
 * The JS heap after a forced GC, and when (page clock) that measurement blocked the page: the forced GC is
 * the benchmark's own doing, so long tasks inside that window are not counted against the view.
 */
async function heapMb(page: Page, cdp: CDPSession): Promise<{ mb: number; window: [number, number] }> {
  const from = await page.evaluate(() => performance.now());
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  const to = await page.evaluate(() => performance.now());
  return { mb: usedSize / 1024 / 1024, window: [from, to] };
}

/**
 * Feeds the Live view 1,000 frames a second for 30 s and watches the page: the longest main-thread task
 * (PerformanceObserver 'longtask') and the JS heap (after a forced GC) at 10 s and at 30 s. `publish` is how
 * a frame reaches the renderer: through the app's batcher (ours), or one event per frame (the baseline).
 */
export async function liveBench(browser: Browser, host: UiHost, mode: 'batched' | 'per-frame') {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(NAME_SHIM);
  await page.goto(host.url);
  await page.waitForFunction(() => document.querySelector('nav') !== null);
  await page.evaluate(() => (location.hash = '#/live'));
  await page.getByTestId('frame-list').waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busyBefore = await busySeconds(cdp);
  await page.evaluate(installLongTaskProbe);
  const publish =
    mode === 'batched'
      ? (f: LiveFrame) => host.app.publishFrame(f)
      : (f: LiveFrame) => host.app.events.emit('live:frames', { frames: [f], dropped: 0 });

  let seq = 0;
  const started = performance.now();
  const feed = setInterval(() => {
    const due = Math.min(RATE * SECONDS, Math.floor(((performance.now() - started) / 1000) * RATE));
    while (seq < due) publish(makeFrame(seq++));
  }, 5);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  const heap10 = await heapMb(page, cdp);
  await new Promise((resolve) => setTimeout(resolve, SECONDS * 1000 - (performance.now() - started)));
  clearInterval(feed);
  while (seq < RATE * SECONDS) publish(makeFrame(seq++));
  // How far behind the view fell: from the last frame sent until it is on screen.
  const sentAt = performance.now();
  await page.waitForSelector(`[data-seq="${seq - 1}"]`, { timeout: 600_000 });
  const catchUpMs = performance.now() - sentAt;
  const busy = (await busySeconds(cdp)) - busyBefore;
  const heap30 = await heapMb(page, cdp);
  const shown = await page.evaluate(() =>
    document.querySelector('[data-testid="frame-list"]')?.getAttribute('aria-rowcount'),
  );
  const all = await page.evaluate(() => (window as unknown as { __longTasks: LongTask[] }).__longTasks);
  const inGc = (t: LongTask) =>
    [heap10.window, heap30.window].some(([a, b]) => t.start + t.duration > a && t.start < b);
  const tasks = all.filter((t) => !inGc(t)).map((t) => t.duration);
  await cdp.detach();
  await page.close();
  return {
    mode,
    frames: seq,
    maxTaskMs: tasks.length ? Math.max(...tasks) : 0,
    longTasks: tasks.length,
    heapAt10sMb: heap10.mb,
    heapAt30sMb: heap30.mb,
    heapGrowthMb: heap30.mb - heap10.mb,
    rowsInList: Number(shown ?? 0) - 1,
    mainThreadBusyS: busy,
    catchUpMs,
  };
}
