import { expect, test, type Page } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

/** The demo fleet's first meter (simulator seed 1): online, an electricity meter (name and serial). */
const DEVICE_LABEL = 'Wohnung 1.OG links (71741800)';

async function openLive(page: Page) {
  await page.goto(appUrl());
  await page.getByRole('banner').getByLabel('Language').selectOption('en');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Live' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Live' })).toBeVisible();
}

/** Leaves the shared demo host as the next test expects it: not listening. */
async function stopIfListening(page: Page) {
  const stop = page.getByRole('button', { name: 'Stop listening' });
  if (await stop.isVisible()) {
    await stop.click();
    await expect(page.getByRole('button', { name: 'Start listening' })).toBeVisible();
  }
}

/** Starts listening on the listener's own local URL (the form starts from the Settings' tunnel). */
async function listenLocally(page: Page) {
  await stopIfListening(page);
  await page.getByRole('radio', { name: /^This computer only/ }).check();
  await page.getByRole('button', { name: 'Start listening' }).click();
}

test.afterEach(async ({ page }) => {
  await stopIfListening(page);
});

test('listen, register a device, see its pushes decoded, open one, and stop removes the registration', async ({
  page,
}) => {
  await openLive(page);
  await listenLocally(page);

  // The honest states: the local URL is only "verified" once the self-probe arrived at the listener.
  const status = page.getByTestId('live-status');
  await expect(status).toContainText(/Listening on http:\/\/127\.0\.0\.1:\d+\/\[secret\]/);
  await expect(status.getByRole('listitem').filter({ hasText: 'Verified' })).toHaveClass(/done|current/);

  const picker = page.getByRole('combobox', { name: 'Device to register' });
  await picker.fill('no such meter');
  await expect(page.getByRole('button', { name: 'Register device' })).toBeDisabled();
  await picker.fill(DEVICE_LABEL);
  const chosenId = page.getByRole('status', { name: 'ID of the device to register' });
  await expect(chosenId).toHaveText(/^[0-9a-f-]{36}$/i);
  const meterId = (await chosenId.textContent())!.toLowerCase();
  await page.getByRole('button', { name: 'Register device' }).click();
  const registrations = page.getByRole('table', { name: 'Registrations' });
  const ours = registrations.getByRole('row').filter({ hasText: 'created here' });
  await expect(ours).toHaveCount(1);
  await expect(ours).toContainText('this listener');

  // The simulator pushes at once for a new registration: a decoded frame of that device appears.
  const list = page.getByTestId('frame-list');
  const row = list.getByRole('row').filter({ hasText: meterId }).first();
  await expect(row).toBeVisible();
  await expect(row).toContainText('Decoded');
  await expect(status.getByRole('listitem').filter({ hasText: 'Receiving' })).toHaveClass(/current/);
  await expect(status).toContainText(/Frames: [1-9]\d* · did not decode: 0 · self-probes: 1/);

  await row.click();
  const detail = page.getByTestId('frame-detail');
  await expect(detail.getByRole('heading', { name: /^Frame #\d+$/ })).toBeVisible();
  await expect(detail).toContainText(meterId);
  await expect(detail).toContainText('1-0:1.8.0*255');
  // Each value is explained as in the Decoder: its name, its realtime unit and the usual conversions.
  const energyRow = detail.getByRole('row').filter({ hasText: '1-0:1.8.0*255' });
  await expect(energyRow).toContainText('Active energy import (+A), total');
  await expect(energyRow).toContainText(/mWh.*Wh.*kWh/);
  await expect(detail.getByTestId('hex-pane').locator('[data-offset="0"]')).toHaveText('0A');
  await expect(detail.getByRole('table', { name: 'Headers' })).toContainText('content-type');

  const latest = page.getByTestId('latest-values');
  const card = latest.getByRole('article', { name: meterId });
  const unitOf = (obis: string) => card.getByRole('row').filter({ hasText: obis }).getByRole('cell').nth(2);
  await expect(unitOf('1-0:1.8.0*255')).toHaveText('mWh');
  await expect(unitOf('1-0:1.7.0*255')).toHaveText('W*');
  const health = page.getByRole('table', { name: 'Stream health' });
  await expect(health).toContainText(meterId);
  // At 1280 px every column, Fast-send included, is in view: no horizontal scrolling to find it.
  const hidden = await health.evaluate((table) => table.scrollWidth - table.parentElement!.clientWidth);
  expect(hidden).toBeLessThanOrEqual(0);
  await page.screenshot({ path: screenshotPath('live'), fullPage: true });

  await page.getByRole('button', { name: 'Stop listening' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: 'Stopped. Removed 1 registration(s).' }),
  ).toBeVisible();
  await expect(registrations.getByRole('row').filter({ hasText: 'created here' })).toHaveCount(0);
});

test('pause holds new frames back, the filter narrows the list, and a capture opens offline', async ({
  page,
}) => {
  await openLive(page);
  await listenLocally(page);
  await expect(page.getByTestId('live-status')).toContainText('Verified');
  await page.getByRole('button', { name: 'Register the whole account' }).click();
  const list = page.getByTestId('frame-list');
  await expect(list.getByRole('row')).not.toHaveCount(1);

  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('button', { name: /^Resume \(\d+ waiting\)$/ })).toBeVisible();
  await page.getByRole('button', { name: /^Resume/ }).click();

  await page.getByLabel('Filter by device').fill('no-such-device');
  await expect(page.getByText('No frame matches the filter.')).toBeVisible();
  await page.getByLabel('Filter by device').fill('');

  await page.getByRole('button', { name: 'Stop listening' }).click();
  await expect(page.getByRole('button', { name: 'Start listening' })).toBeVisible();
  const captures = page.getByRole('region', { name: 'Captures' });
  const open = captures.getByRole('button', { name: /^Open capture / }).first();
  await open.click();
  await expect(page.getByRole('status').filter({ hasText: /^Showing capture capture-/ })).toBeVisible();
  await expect(list.getByRole('row').nth(1)).toContainText('Decoded');
  await list.getByRole('row').nth(1).click();
  await expect(page.getByTestId('frame-detail').getByTestId('hex-pane')).toBeVisible();
  const download = page.waitForEvent('download');
  await captures.getByRole('button', { name: 'Export as CSV' }).click();
  expect((await download).suggestedFilename()).toMatch(/^capture-.*\.csv$/);
  await page.getByRole('button', { name: 'Back to live frames' }).click();
});

test('frames that arrive before the Live view is first opened are in its frame list', async ({ page }) => {
  await openLive(page);
  await listenLocally(page);
  await expect(page.getByTestId('live-status')).toContainText('Verified');

  // A fresh start of the app on the Decoder view: the Live view has not been opened since.
  const deviceId = 'e2e0f0a1-0000-4000-8000-00000000b4f0';
  const delivered = new Promise<void>((resolve) =>
    page.on('websocket', (socket) =>
      socket.on('framereceived', ({ payload }) => {
        if (String(payload).includes('live:frames') && String(payload).includes(deviceId)) resolve();
      }),
    ),
  );
  await page.evaluate(() => (location.hash = '#/decoder'));
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Decoder' })).toBeVisible();
  await page.getByText('Build a payload').click();
  await page.getByLabel('Device GUID').fill(deviceId);
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^HTTP 200 for \d+ bytes\.$/ })).toBeVisible();
  await delivered;

  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Live' }).click();
  const row = page.getByTestId('frame-list').getByRole('row').filter({ hasText: deviceId });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('Decoded');
});

test('deleting a registration asks first: Cancel keeps it, confirming deletes it', async ({ page }) => {
  await openLive(page);
  await listenLocally(page);
  await expect(page.getByTestId('live-status')).toContainText('Verified');
  await page.getByRole('button', { name: 'Register the whole account' }).click();
  const ours = page
    .getByRole('table', { name: 'Registrations' })
    .getByRole('row')
    .filter({ hasText: 'created here' });
  await expect(ours).toHaveCount(1);

  await ours.getByRole('button', { name: /^Delete registration / }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete this registration?' });
  await expect(dialog).toContainText('smart-me stops pushing data to');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(ours).toHaveCount(1);

  await ours.getByRole('button', { name: /^Delete registration / }).click();
  await dialog.getByRole('button', { name: 'Yes, delete' }).click();
  await expect(dialog).toBeHidden();
  await expect(ours).toHaveCount(0);
});
