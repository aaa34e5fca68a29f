import { expect, test, type Page } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

async function openSettings(page: Page) {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.getByLabel('A device is offline after (minutes)')).toBeVisible();
}

/** Fills the thresholds and the default tunnel, saves, and waits for "Saved.". */
async function saveSettings(page: Page, offline: string, stale: string, tunnel: string, sshTarget: string) {
  await page.getByLabel('A device is offline after (minutes)').fill(offline);
  await page.getByLabel('An M-Bus meter is stale after (hours)').fill(stale);
  await page.getByLabel('Default tunnel').selectOption(tunnel);
  await page.getByLabel('ssh target (user@host)').fill(sshTarget);
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
}

test('settings persist across a reload', async ({ page }) => {
  await openSettings(page);
  await saveSettings(page, '20', '48', 'ssh', 'tech@relay.example.net');
  await page.screenshot({ path: screenshotPath('settings'), fullPage: true });

  await page.reload();
  await expect(page.getByLabel('A device is offline after (minutes)')).toHaveValue('20');
  await expect(page.getByLabel('An M-Bus meter is stale after (hours)')).toHaveValue('48');
  await expect(page.getByLabel('Default tunnel')).toHaveValue('ssh');
  await expect(page.getByLabel('ssh target (user@host)')).toHaveValue('tech@relay.example.net');

  // The other views use them: the stale table names the new threshold.
  await page.getByRole('link', { name: 'Gateways' }).click();
  await expect(page.getByRole('heading', { name: /no value for more than 48 h/ })).toBeVisible();

  // Back to smart-me's rules for the other tests.
  await page.getByRole('link', { name: 'Settings' }).click();
  await saveSettings(page, '15', '24', 'none', '');
});

test('a bad value is named and nothing is saved', async ({ page }) => {
  await openSettings(page);
  const port = page.getByLabel('Redirect port (0 = any free port)');
  await port.fill('70000');
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByRole('alert')).toHaveText('Not saved: please correct the marked fields.');
  await expect(port).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter a whole number from 0 to 65535.')).toBeVisible();
  await page.reload();
  await expect(port).toHaveValue('0');
});

test('the ngrok authtoken is stored in main and never shown again', async ({ page }) => {
  await openSettings(page);
  await expect(page.getByText('No authtoken stored.')).toBeVisible();
  await page.getByLabel('ngrok authtoken').fill('2abc_not_a_real_token');
  await page.getByRole('button', { name: 'Store authtoken' }).click();
  await expect(page.getByText(/^An authtoken is stored/)).toBeVisible();
  await expect(page.getByLabel('ngrok authtoken')).toHaveValue('');
  await page.reload();
  await expect(page.getByText(/^An authtoken is stored/)).toBeVisible();
  await expect(page.getByLabel('ngrok authtoken')).toHaveValue('');
  await page.getByRole('button', { name: 'Forget authtoken' }).click();
  await expect(page.getByText('No authtoken stored.')).toBeVisible();
});
