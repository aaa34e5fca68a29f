import { expect, test } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await expect(page.getByRole('heading', { level: 1, name: 'Connect' })).toBeVisible();
});

test('demo start: welcome, the demo, and the devices table fills', async ({ page }) => {
  // `meterscope web --demo` starts logged in to the demo; log out to see the welcome screen a new user sees.
  const logout = page.getByRole('button', { name: 'Log out' });
  if (await logout.isVisible()) await logout.click();
  await expect(page.getByRole('heading', { name: 'Welcome to Meterscope' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign in with the browser' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'API key' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'User name or e-mail' })).toBeVisible();
  await expect(page.getByText(/^Logins are kept: In memory only/)).toBeVisible();
  await page.screenshot({ path: screenshotPath('connect-welcome'), fullPage: true });

  await page.getByRole('button', { name: 'Use demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Devices' });
  await expect(table.getByRole('row').nth(5)).toBeVisible();
  await expect(page.getByText(/^[\d,]+ of [\d,]+ devices$/)).toBeVisible();

  await page.getByRole('link', { name: 'Connect' }).click();
  await expect(page.getByRole('heading', { name: 'Logged in' })).toBeVisible();
  await expect(page.getByText('Built-in simulator (demo) to http://127.0.0.1:')).toBeVisible();
  await page.screenshot({ path: screenshotPath('connect'), fullPage: true });
});

test('a wrong password is refused with a reason, and the demo login stays', async ({ page }) => {
  await page.getByRole('textbox', { name: 'User name or e-mail' }).fill('demo');
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill('not-the-password');
  // The form uses the server field: point it at the running demo simulator.
  const server = await page.getByText(/^Built-in simulator \(demo\) to /).textContent();
  await page.getByLabel('Server (base URL)').fill(server!.replace(/^.* to /, ''));
  await page.getByRole('button', { name: 'Log in', exact: true }).click();
  await expect(page.getByRole('alert')).toContainText('Login failed');
  await expect(page.getByRole('heading', { name: 'Logged in' })).toBeVisible();
});

test('the Connect view reads in German', async ({ page }) => {
  await page.getByLabel('Language').selectOption('de');
  await expect(page.getByRole('heading', { name: 'Demo ausprobieren' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Im Browser anmelden' })).toBeVisible();
  await page.getByLabel('Sprache').selectOption('en');
});
