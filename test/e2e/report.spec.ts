import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { appUrl } from './app-url.ts';

test('the Devices view saves a printable site report that lists the offline devices it shows', async ({
  page,
}) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Use demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Devices' });
  await expect(table.getByRole('row').nth(3)).toBeVisible();

  // The offline devices the table shows (offline first), by serial.
  await page.getByLabel('State', { exact: true }).selectOption('offline');
  const offlineCount = Number(
    (await page.getByText(/^[\d,]+ of [\d,]+ devices$/).textContent())!.split(' ')[0]!.replace(/,/g, ''),
  );
  expect(offlineCount).toBeGreaterThan(0);
  const serials = await table.locator('tbody tr:not(.spacer) td:nth-child(2)').allTextContents();
  expect(serials.length).toBeGreaterThan(0);

  await page.getByLabel('Report format').selectOption('html');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Site report' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^meterscope-site-report-\d{8}-\d{4}\.html$/);
  await expect(page.getByRole('status').filter({ hasText: 'Saved the site report' })).toBeVisible();
  const html = await readFile((await file.path())!, 'utf8');
  expect(html).toContain('<html lang="en">');
  expect(html).toContain(`Offline devices (${offlineCount})`);
  for (const serial of serials) expect(html).toContain(`<td class="num">${serial.trim()}</td>`);
  expect(html).not.toMatch(/<script/i);
});

test('Settings saves a support bundle without the stored ngrok authtoken', async ({ page }) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Use demo data' }).click();
  // The demo login ends on the Devices view: only then open Settings (else the login's navigation wins).
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByLabel('ngrok authtoken').fill('2xyz_e2e_secret_token');
  await page.getByRole('button', { name: 'Store authtoken' }).click();
  await expect(page.getByText(/^An authtoken is stored/)).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save support bundle' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^meterscope-support-\d{8}-\d{4}\.json$/);
  const text = await readFile((await file.path())!, 'utf8');
  expect(text).not.toContain('2xyz_e2e_secret_token');
  const bundle = JSON.parse(text) as { kind: string; app: { host: string }; login: { flow: string } };
  expect(bundle).toMatchObject({
    kind: 'meterscope-support-bundle',
    app: { host: 'web' },
    login: { flow: 'demo' },
  });

  // Leave no authtoken behind for the other tests.
  await page.getByRole('button', { name: 'Forget authtoken' }).click();
  await expect(page.getByText('No authtoken stored.')).toBeVisible();
});
