import { expect, test } from '@playwright/test';
import { screenshotPath } from './app-url.ts';
import { startOwnWebHost, type OwnWebHost } from './own-web-host.ts';

/**
 * A real OAuth login, end to end: its own `meterscope web` (NOT in demo mode, so nobody is logged in)
 * whose settings point at a simulator, with the simulator's public demo application as the client ID.
 */
let host: OwnWebHost;
let url: string;
let sim: OwnWebHost['sim'];

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  host = await startOwnWebHost({ meters: 3, gateways: 1, metersPerGateway: 2 });
  ({ url, sim } = host);
});

test.afterAll(() => host.stop());

test('an OAuth PKCE login: the browser approves on the authorize page and the app shows the login', async ({
  page,
}) => {
  await page.goto(url);
  await page.getByLabel('Language').selectOption('en');
  await expect(page.getByRole('heading', { name: 'Welcome to Meterscope' })).toBeVisible();
  await expect(page.getByLabel('Server (base URL)')).toHaveValue(sim.baseUrl);
  await expect(page.getByLabel('Client ID of your OAuth application')).toHaveValue('meterscope-demo');

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with the browser' }).click();
  const authorize = await popup;
  await expect(page.getByRole('heading', { name: /Finish signing in in your browser/ })).toBeVisible();
  await expect(
    authorize.getByRole('heading', { name: /Allow Meterscope to use your smart-me account/ }),
  ).toBeVisible();
  expect(new URL(authorize.url()).searchParams.get('code_challenge_method')).toBe('S256');
  await authorize.getByLabel('Username').fill('demo');
  await authorize.getByLabel('Password').fill('demo');
  await authorize.getByRole('button', { name: 'Approve' }).click();
  // The loopback listener in main got the code, exchanged it, and tells the browser so.
  await expect(authorize.getByRole('heading', { name: 'Meterscope is signed in' })).toBeVisible();
  await authorize.close();

  const login = page.getByRole('region', { name: 'Logged in' });
  await expect(login).toContainText(`OAuth (browser) to ${sim.baseUrl}`);
  await expect(login).toContainText('meterscope-demo');
  await expect(login).toContainText('offline_access');
  await page.screenshot({ path: screenshotPath('connect-oauth'), fullPage: true });

  await login.getByRole('link', { name: 'Open devices' }).click();
  await expect(page.getByRole('table', { name: 'Devices' }).getByRole('row').nth(2)).toBeVisible();
});

test('a denied login is shown with its reason', async ({ page }) => {
  await page.goto(url);
  await page.getByLabel('Language').selectOption('en');
  const logout = page.getByRole('button', { name: 'Log out' });
  if (await logout.isVisible()) await logout.click();
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Sign in with the browser' }).click();
  const authorize = await popup;
  await authorize.getByRole('button', { name: 'Deny' }).click();
  await expect(page.getByRole('alert')).toContainText('The login was denied.');
  await authorize.close();
});

test('Device Code: the code to type is shown, and the login completes once it is approved elsewhere', async ({
  page,
  context,
}) => {
  await page.goto(url);
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('button', { name: 'Use a code instead' }).click();
  const code = await page.getByRole('status', { name: 'Code to enter' }).textContent();
  expect(code).toMatch(/\S{4,}/);
  const verify = page.getByRole('link', { name: `${sim.baseUrl}/oauth/verify` });
  await expect(verify).toBeVisible();

  // "Any device": a second browser tab opens the address and types the code.
  const phone = await context.newPage();
  await phone.goto(`${sim.baseUrl}/oauth/verify`);
  await phone.getByLabel(/code/i).fill(code!);
  await phone.getByLabel('Username').fill('demo');
  await phone.getByLabel('Password').fill('demo');
  await phone.getByRole('button', { name: 'Approve' }).click();
  // The click only starts the form POST: closing the tab before the answer could cancel the approval.
  await expect(phone.getByRole('heading', { name: 'Device connected' })).toBeVisible();
  await phone.close();

  await expect(page.getByRole('region', { name: 'Logged in' })).toContainText('OAuth (device code)', {
    timeout: 20_000,
  });
});

test('when the cloud is gone, the last loaded devices stay, marked with their age', async ({ page }) => {
  await page.goto(url);
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('textbox', { name: 'API key' }).fill('demo');
  await page.getByRole('button', { name: 'Log in with API key' }).click();
  await page.getByRole('region', { name: 'Logged in' }).getByRole('link', { name: 'Open devices' }).click();
  const rows = page.getByRole('table', { name: 'Devices' }).locator('tbody tr:not(.spacer)');
  await expect(rows.nth(2)).toBeVisible();
  const before = await rows.count();

  await sim.close();
  await page.getByRole('button', { name: 'Reload' }).click();
  await expect(
    page.getByText(/^Data as of .+, from the offline cache: the cloud could not be reached/),
  ).toBeVisible();
  await expect(rows).toHaveCount(before);
  await page.screenshot({ path: screenshotPath('devices-offline'), fullPage: true });
});
