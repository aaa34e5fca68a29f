import { expect, test } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Use demo data' }).click();
  await page.getByRole('link', { name: 'Gateways' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gateways' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2 }).nth(1)).toBeVisible();
});

test('each gateway shows its state, interval, last contact and meters; stale meters have their own table', async ({
  page,
}) => {
  const cards = page.getByRole('region').filter({ has: page.getByRole('table', { name: /^Meters of / }) });
  await expect(cards).toHaveCount(3);
  const first = cards.first();
  await expect(first.getByRole('term')).toHaveText([
    'State',
    'Readout interval',
    'Last seen',
    'Serial number',
    'Meters',
  ]);
  await expect(
    first.getByText(
      /^(Last readout OK|Search in progress|Failed on one or more meters|Too many search errors)$/,
    ),
  ).toBeVisible();
  const meters = first.getByRole('table', { name: /^Meters of / });
  await expect(meters.getByRole('columnheader')).toHaveText([
    'Name',
    'Secondary address',
    'State',
    'Last value',
    'Stale',
  ]);

  const stale = page.getByRole('region', { name: /^Stale meters/ });
  await expect(stale).toBeVisible();
  const staleInCards = await page
    .getByRole('table', { name: /^Meters of / })
    .locator('tbody tr')
    .filter({
      has: page.getByRole('cell', { name: 'yes', exact: true }),
    })
    .count();
  if (staleInCards === 0) {
    await expect(stale.getByText(/^No stale meters/)).toBeVisible();
  } else {
    await expect(stale.getByRole('table', { name: 'Stale meters' }).locator('tbody tr')).toHaveCount(
      staleInCards,
    );
  }
  await page.screenshot({ path: screenshotPath('gateways'), fullPage: true });
});

test('a meter search starts only after the confirmation, and the gateway then shows it', async ({ page }) => {
  const card = page
    .getByRole('region')
    .filter({ has: page.getByRole('table', { name: /^Meters of / }) })
    .last();
  await card.getByRole('button', { name: 'Start meter search' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading')).toHaveText(/^Start an M-Bus search on /);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(card.getByText('Search in progress')).toHaveCount(0);

  await card.getByRole('button', { name: 'Start meter search' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Start search' }).click();
  await expect(card.getByRole('status')).toContainText('is now "Search in progress"');
  await expect(card.getByText('Search in progress', { exact: true })).toBeVisible();
});

test('the readout interval changes behind a confirmation that names both intervals', async ({ page }) => {
  const card = page
    .getByRole('region')
    .filter({ has: page.getByRole('table', { name: /^Meters of / }) })
    .first();
  await card.getByRole('combobox', { name: /^New readout interval/ }).selectOption({ label: '24 h' });
  await card.getByRole('button', { name: 'Change readout interval' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toContainText(/From .+ to 24 h\./);
  await dialog.getByRole('button', { name: 'Change interval' }).click();
  await expect(card.getByRole('status')).toContainText('readout 24 h');
  await expect(card.getByRole('definition').filter({ hasText: /^24 h$/ })).toBeVisible();
  // Put it back to 15 minutes so reruns start from the same state.
  await card.getByRole('combobox', { name: /^New readout interval/ }).selectOption({ label: '15 min' });
  await card.getByRole('button', { name: 'Change readout interval' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Change interval' }).click();
  await expect(card.getByRole('status')).toContainText('readout 15 min');
});
