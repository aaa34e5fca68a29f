import { expect, test, type Page } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

/**
 * The Customers view on the shared demo host: the demo account reads that it needs a Goldpartner licence;
 * the simulator's `partner` account sees customer1..3 and their devices. Every test ends logged in to the
 * demo again, so the other end-to-end tests find the app as they expect it.
 */

const nav = (page: Page) => page.getByRole('navigation', { name: 'Views' });

async function useDemo(page: Page) {
  await nav(page).getByRole('link', { name: 'Connect' }).click();
  await page.getByRole('button', { name: 'Use demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
}

/** The header's language picker, whatever language the page is in (settings persist across tests). */
const language = (page: Page) => page.getByRole('banner').getByRole('combobox').first();

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await language(page).selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Connect' })).toBeVisible();
  await useDemo(page);
});

test.afterEach(async ({ page }) => {
  await language(page).selectOption('en');
  await useDemo(page);
});

test('the demo account reads that the Customers view needs a Goldpartner licence', async ({ page }) => {
  await nav(page).getByRole('link', { name: 'Customers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Customers' })).toBeVisible();
  await expect(page.getByText(/needs? .*Goldpartner licence|has no Goldpartner licence/)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Open Connect' })).toBeVisible();
  await language(page).selectOption('de');
  await expect(page.getByRole('heading', { level: 1, name: 'Kunden' })).toBeVisible();
  await expect(page.getByText(/keine Goldpartner-Lizenz/)).toBeVisible();
});

test('the partner sees its customers with counts, opens one, searches, and fast-sends a device', async ({
  page,
}) => {
  // The Basic form uses the server field: point it at the demo simulator, then log in as the partner.
  await nav(page).getByRole('link', { name: 'Connect' }).click();
  const who = await page.getByText(/^Built-in simulator \(demo\) to /).textContent();
  await page.getByLabel('Server (base URL)').fill(who!.replace(/^.* to /, ''));
  await page.getByRole('textbox', { name: 'User name or e-mail' }).fill('partner');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('partner');
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByText(/^User name and password to /)).toBeVisible();

  await nav(page).getByRole('link', { name: 'Customers' }).click();
  const list = page.getByRole('list', { name: 'Customers' });
  const customer = (name: string) => list.getByRole('button', { name: new RegExp(`^${name} `) });
  for (const [name, devices] of [
    ['customer1', 2],
    ['customer2', 3],
    ['customer3', 2],
  ] as const) {
    await expect(customer(name)).toContainText(new RegExp(`${devices} devices, \\d+ offline`));
  }
  await expect(page.getByText(/^3 customers, 7 devices, \d+ offline$/)).toBeVisible();
  await expect(page.getByText(/^Data as of .* from http:\/\/127\.0\.0\.1:\d+\.$/)).toBeVisible();
  await expect(page.getByText('Pick a customer to see its devices.')).toBeVisible();

  // By keyboard: focus customer2 and press Enter.
  await customer('customer2').focus();
  await page.keyboard.press('Enter');
  await expect(customer('customer2')).toHaveAttribute('aria-pressed', 'true');
  const table = page.getByRole('table', { name: 'Devices of customer2' });
  await expect(table.locator('tbody tr')).toHaveCount(3);
  await expect(table.getByRole('columnheader', { name: 'Firmware' })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: 'Signal' })).toBeVisible();
  await page.screenshot({ path: screenshotPath('partner'), fullPage: true });

  // A serial narrows the list to its customer and the table to that device.
  const serial = (await table.locator('tbody tr').first().locator('td').nth(1).textContent())!.trim();
  await page.getByLabel('Search customers').fill(serial);
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(page.getByText(/^1 customer, 1 device, \d offline$/)).toBeVisible();
  await expect(table.locator('tbody tr')).toHaveCount(1);
  await expect(table.locator('tbody tr')).toContainText(serial);

  await page.getByLabel('Search customers').fill('customer3');
  await expect(list.getByRole('button')).toHaveCount(1);
  await expect(page.getByRole('table', { name: 'Devices of customer3' }).locator('tbody tr')).toHaveCount(2);
  await page.getByLabel('Search customers').fill('no such customer');
  await expect(page.getByText('No customer or device matches the search.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search' }).click();
  await expect(list.getByRole('button')).toHaveCount(3);

  // Fast-send one of customer1's devices: the result is said next to its button.
  await customer('customer1').click();
  const first = page.getByRole('table', { name: 'Devices of customer1' }).locator('tbody tr').first();
  await first.getByRole('button', { name: /^Fast-send .*every second/ }).click();
  await expect(first.getByRole('status')).toContainText('Sending every second for about 30 s');
});
