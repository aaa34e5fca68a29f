import type { Browser, Page } from '@playwright/test';
import type { UiHost } from './ui-host.ts';
import { installKeystrokeProbe, NAME_SHIM, percentile } from './ui-measure.ts';

/** Digits typed then deleted: each keystroke changes the filtered set (and so the table). */
const keys = (n: number) => Array.from({ length: n }, (_, i) => (i % 2 ? 'Backspace' : String((i * 7) % 10)));

/** Types `count` keys one by one, waiting for each measurement; returns the latencies after `warmUp`. */
async function typeAndMeasure(
  page: Page,
  input: string,
  count: number,
  warmUp: number,
): Promise<{ samples: number[]; missed: number }> {
  await page.focus(input);
  let missed = 0;
  for (const [k, key] of keys(count).entries()) {
    await page.keyboard.press(key);
    await page
      .waitForFunction(
        (n) => (window as unknown as { __latencies: number[] }).__latencies.length >= n,
        k + 1 - missed,
        {
          timeout: 10_000,
        },
      )
      .catch(() => missed++);
  }
  const all = await page.evaluate(() => (window as unknown as { __latencies: number[] }).__latencies);
  return { samples: all.slice(warmUp), missed };
}

/** Installed in the baseline page: a plain table re-rendered in full (every matching row) on each input. */
function installNaiveTable(rows: string[][]): void {
  const input = document.querySelector<HTMLInputElement>('#q')!;
  const body = document.querySelector('tbody')!;
  const lower = rows.map((r) => r.join(' ').toLowerCase());
  const escape = (s: string) => s.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  const render = () => {
    const q = input.value.trim().toLowerCase();
    const html: string[] = [];
    rows.forEach((r, i) => {
      if (q === '' || lower[i]!.includes(q))
        html.push(`<tr>${r.map((c) => `<td>${escape(c)}</td>`).join('')}</tr>`);
    });
    body.innerHTML = html.join('');
  };
  input.addEventListener('input', render);
  render();
}

/** Keystroke → updated table over 10,000 devices: Meterscope's Devices view, and a naive full-table render. */
export async function filterBench(browser: Browser, host: UiHost, devices: number) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await page.addInitScript(NAME_SHIM);
  await page.goto(host.url);
  await page.waitForFunction(() => document.querySelector('nav') !== null);
  await page.evaluate(() => (location.hash = '#/devices'));
  await page.waitForFunction(
    (n) => Number(document.querySelector('main table')?.getAttribute('aria-rowcount') ?? 0) > n,
    devices,
    { timeout: 180_000 },
  );
  await page.evaluate(installKeystrokeProbe, {
    inputSelector: '#device-search',
    tableSelector: 'main table',
  });
  const ours = await typeAndMeasure(page, '#device-search', 80, 10);

  const fleet = await host.app.services['fleet:load']({ refresh: false });
  const rows = fleet.devices.map((d) => [
    d.online ? 'online' : 'offline',
    String(d.serial),
    d.name ?? '',
    String(d.energyType ?? ''),
    d.familyLabel,
    String(d.counterReading ?? ''),
    d.counterReadingUnit ?? '',
    String(d.activePower ?? ''),
    d.valueDate ?? '',
  ]);
  const naivePage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  await naivePage.setContent('<input id="q" /><table><tbody></tbody></table>');
  await naivePage.evaluate(NAME_SHIM);
  await naivePage.evaluate(installNaiveTable, rows);
  await naivePage.evaluate(installKeystrokeProbe, { inputSelector: '#q', tableSelector: 'table' });
  // Each naive keystroke takes seconds: fewer of them (still a p95 over 20).
  const naive = await typeAndMeasure(naivePage, '#q', 24, 4);
  await page.close();
  await naivePage.close();
  return {
    rows: rows.length,
    keystrokes: ours.samples.length,
    naiveKeystrokes: naive.samples.length,
    ours: { p50: percentile(ours.samples, 50), p95: percentile(ours.samples, 95), missed: ours.missed },
    naive: { p50: percentile(naive.samples, 50), p95: percentile(naive.samples, 95), missed: naive.missed },
  };
}
