import { expect, test } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Use demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  // An electricity meter that is online: it has the full set of current values.
  await page.getByLabel('State', { exact: true }).selectOption('online');
  await page.getByLabel('Energy type').selectOption({ label: 'Electricity' });
  const table = page.getByRole('table', { name: 'Devices' });
  await table.locator('tbody tr:not(.spacer)').first().getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
});

test('every current value is an OBIS row with code, name, value, unit and its realtime scaling', async ({
  page,
}) => {
  const table = page.getByRole('table', { name: 'OBIS values' });
  await expect(table.getByRole('columnheader')).toHaveText([
    'OBIS code',
    'Name',
    'Value',
    'Unit',
    'Scaled (Realtime API unit)',
  ]);
  const energy = table.getByRole('row').filter({ hasText: '1-0:1.8.0*255' });
  await expect(energy.getByRole('cell').nth(1)).toContainText(/active energy/i);
  await expect(energy.getByRole('cell').nth(3)).toHaveText('kWh');
  await expect(energy.getByRole('cell').nth(4)).toContainText('mWh');
  await expect(page.getByRole('region', { name: 'Additional information' })).toContainText('Firmware');
  await page.screenshot({ path: screenshotPath('inspector'), fullPage: true });

  await page.getByLabel('Language').selectOption('de');
  await expect(
    page.getByRole('table', { name: 'OBIS-Werte' }).getByRole('row').filter({ hasText: '1-0:1.8.0*255' }),
  ).toContainText(/Wirkenergie/);
  await page.getByLabel('Sprache').selectOption('en');
});

test('the history of a counter is drawn for the chosen range', async ({ page }) => {
  const history = page.getByRole('region', { name: 'History' });
  await history.getByLabel('Value').selectOption('0100010800FF');
  await history.getByLabel('Range').selectOption({ label: 'Last 6 hours' });
  await history.getByRole('button', { name: 'Show history' }).click();
  await expect(history.getByRole('img', { name: /^History of / })).toBeVisible();
  await expect(history.getByText(/^\d+ values from /)).toBeVisible();
});

test('switching an output waits for the confirmation', async ({ page }) => {
  const outputs = page.getByRole('region', { name: 'Switch outputs' });
  const off = outputs.getByRole('button', { name: /^Switch off: / }).first();
  await off.click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText('It changes the installation at once.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(outputs.getByRole('status')).toHaveCount(0);
  await off.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Switch' }).click();
  await expect(outputs.getByRole('status')).toContainText('set to 0');
});

test('fast-send asks the device to send every second', async ({ page }) => {
  await page.getByRole('button', { name: /^Fast send/ }).click();
  await expect(page.getByText(/the device sends every second for about 30 s/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Watch it in Live' })).toBeVisible();
});
