import { expect, test } from '@playwright/test';
import { appOrigin, appUrl, screenshotPath } from './app-url.ts';

/** The smart-me documentation's worked example (shared/vectors/realtime-payloads.json, case 1). */
const VENDOR_HEX =
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840';

const VIEWS = [
  ['Connect', 'connect'],
  ['Devices', 'devices'],
  ['Gateways', 'gateways'],
  ['Inspector', 'inspector'],
  ['Live', 'live'],
  ['Decoder', 'decoder'],
  ['Customers', 'partner'],
  ['Settings', 'settings'],
] as const;

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Settings persist across tests (that is the point of them): start each test in English, system theme.
  const [language, theme] = [0, 1].map((i) => page.getByRole('banner').getByRole('combobox').nth(i));
  await language!.selectOption('en');
  await theme!.selectOption('system');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
});

test('the shell loads on demo data and says where logins are kept', async ({ page }) => {
  await expect(page.getByRole('heading', { level: 1, name: 'Connect' })).toBeVisible();
  await expect(page.getByText('Demo data (built-in simulator)')).toBeVisible();
  await expect(page.getByLabel(/^Token storage: /)).toContainText('not encrypted');
  // The token left the address bar (it stays in this tab's session storage for reloads).
  expect(page.url()).not.toContain('token=');
  await page.reload();
  await expect(page.getByText('Demo data (built-in simulator)')).toBeVisible();
});

test('every view is reachable from the nav, by mouse and by keyboard', async ({ page }) => {
  const nav = page.getByRole('navigation', { name: 'Views' });
  await expect(nav.getByRole('link')).toHaveCount(VIEWS.length);
  for (const [name, id] of VIEWS) {
    await nav.getByRole('link', { name }).click();
    await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
    await expect(nav.getByRole('link', { name })).toHaveAttribute('aria-current', 'page');
    await page.screenshot({ path: screenshotPath(`view-${id}`) });
  }
  await page.keyboard.press('Alt+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Shift+Tab');
});

test('the language switch turns the whole shell German, and it is remembered', async ({ page }) => {
  await page.getByLabel('Language').selectOption('de');
  const nav = page.getByRole('navigation', { name: 'Ansichten' });
  await expect(nav.getByRole('link', { name: 'Geräte', exact: true })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  // Texts that come from main are worded in German too, e.g. where logins are kept.
  await expect(
    page.getByText(/^Anmeldungen werden abgelegt: Nur im Arbeitsspeicher \(vergessen/),
  ).toBeVisible();
  await page.screenshot({ path: screenshotPath('language-de') });
  await page.reload();
  await expect(page.getByRole('navigation', { name: 'Ansichten' })).toBeVisible();
});

test('the theme switch changes the colours at once', async ({ page }) => {
  await page.getByLabel('Theme').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  await page.screenshot({ path: screenshotPath('theme-dark') });
  await page.getByLabel('Theme').selectOption('system');
});

test('the decoder proof shows the device GUID of the vendor example', async ({ page }) => {
  await page.getByRole('link', { name: 'Decoder' }).click();
  await page.getByLabel('Payload (hex, base64 or decimal bytes)').fill(VENDOR_HEX);
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.getByTestId('device-id')).toHaveText('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  await page.screenshot({ path: screenshotPath('decoder-vendor-example') });
});

test('the decoder says what is wrong with text that is not a payload', async ({ page }) => {
  await page.getByRole('link', { name: 'Decoder' }).click();
  await page.getByLabel('Payload (hex, base64 or decimal bytes)').fill('0A5A0G');
  await page.getByRole('button', { name: 'Decode' }).click();
  await expect(page.getByRole('alert')).toContainText('Could not decode');
});

test('a page opened without the printed address cannot connect, and says what to do', async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${appOrigin()}/`);
  await expect(page.getByRole('alert')).toContainText('needs the address Meterscope printed');
  await context.close();
});
