import { expect, test } from '@playwright/test';
import { startOwnWebHost, type OwnWebHost } from './own-web-host.ts';

/** 10,000 devices: the table keeps only what is on screen in the DOM, and search and scrolling still work. */
let host: OwnWebHost;

test.beforeAll(async () => {
  host = await startOwnWebHost({ meters: 10_000, gateways: 0 });
});
test.afterAll(() => host.stop());

test('10,000 devices: a few dozen rows in the page, all of them reachable', async ({ page }) => {
  await page.goto(host.url);
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('textbox', { name: 'API key' }).fill('demo');
  await page.getByRole('button', { name: 'Log in with API key' }).click();
  // A slow gateway list keeps the load running long enough to see its progress bar.
  host.sim.faults.set({ path: '/devicesbyenergy', fault: { kind: 'latency', ms: 3000 }, times: 1 });
  await page.getByRole('region', { name: 'Logged in' }).getByRole('link', { name: 'Open devices' }).click();
  await expect(page.getByRole('progressbar', { name: 'Loading devices' })).toBeVisible();

  const count = page.getByText(/^[\d,]+ of [\d,]+ devices$/);
  await expect(count).toHaveText(/^10,0\d\d of 10,0\d\d devices$/, { timeout: 30_000 });
  const table = page.getByRole('table', { name: 'Devices' });
  const total = Number(await table.getAttribute('aria-rowcount')) - 1;
  expect(total).toBeGreaterThanOrEqual(10_000);
  const rows = table.locator('tbody tr:not(.spacer)');
  expect(await rows.count()).toBeLessThan(80);

  // Scrolled to the end, the last device is there, with its true row number.
  await page.locator('.scroller').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(rows.last()).toHaveAttribute('aria-rowindex', String(total + 1));
  expect(await rows.count()).toBeLessThan(80);

  // Searching a serial finds the one device among 10,000.
  const serial = (await rows.last().locator('td').nth(1).textContent())!;
  await page.getByLabel('Search devices').fill(serial);
  await expect(count).toHaveText(/^1 of 10,0\d\d devices$/);
  await expect(rows).toHaveCount(1);
});
