import { expect, test, type Page } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

/** The smart-me documentation's worked example (shared/vectors/realtime-payloads.json, case 1). */
const VENDOR_HEX =
  '0A5A0A1209E9FCD03B8E9F834111B3D10C1622A22CA1120B08C0C9EAD3A98FE93710051A110A060100010800FF11333333331FAE3C411A110A060100020800FF1100000000000000001A110A060100010700FF11713D0AD7A3303840';

async function openDecoder(page: Page) {
  await page.goto(appUrl());
  await page.getByRole('banner').getByLabel('Language').selectOption('en');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Decoder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Decoder' })).toBeVisible();
}

async function decode(page: Page, text: string) {
  await page.getByLabel('Payload (hex, base64 or decimal bytes)').fill(text);
  await page.getByRole('button', { name: 'Decode', exact: true }).click();
}

/** The offsets of the hex cells that are lit up right now. */
async function markedOffsets(page: Page): Promise<number[]> {
  const cells = page.getByTestId('hex-pane').locator('[data-marked="true"]');
  return (await cells.evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.offset)))).sort(
    (a, b) => a - b,
  );
}

const range = (start: number, end: number) => Array.from({ length: end - start }, (_, i) => start + i);

test('the vendor example: GUID, time, the three OBIS values, and fields linked to their bytes both ways', async ({
  page,
}) => {
  await openDecoder(page);
  await decode(page, VENDOR_HEX);
  await expect(page.getByTestId('device-id')).toHaveText('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  await expect(page.getByTestId('device-time')).toHaveText(/^2019-10-16T12:20:44\.978/);

  const obis = page.getByRole('table', { name: 'OBIS values' });
  const rows = obis.getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('1-0:1.8.0*255');
  await expect(rows.nth(1)).toContainText('1879583.2');
  await expect(rows.nth(1)).toContainText('1879.5832 Wh');
  await expect(rows.nth(2)).toContainText('1-0:2.8.0*255');
  await expect(rows.nth(3)).toContainText('1-0:1.7.0*255');
  await expect(rows.nth(3)).toContainText('24.19');
  await expect(rows.nth(3)).toContainText('assumed');

  // Field → bytes: hovering the DeviceId field lights up its 20 bytes (tag, length, lo and hi halves).
  const tree = page.getByRole('tree', { name: 'Decoded fields' });
  const deviceId = tree.locator('[data-path="DeviceDataItems[0].DeviceId"]');
  await expect(deviceId).toContainText('GUID 3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  await deviceId.locator('.head').hover();
  await expect.poll(() => markedOffsets(page)).toEqual(range(2, 22));

  // Bytes → field: hovering an OBIS byte highlights the Obis field of the first value in the tree.
  await page.getByTestId('hex-pane').locator('[data-offset="41"]').hover();
  const firstObis = tree.locator('[data-path="DeviceDataItems[0].DeviceValues[0].Obis"]');
  await expect(firstObis).toHaveClass(/linked/);
  await expect(firstObis).toContainText('OBIS 1-0:1.8.0*255');
  await expect.poll(() => markedOffsets(page)).toEqual(range(37, 45));

  // Every reading of an ambiguous value is shown, none silently picked.
  const value = tree.locator('[data-path="DeviceDataItems[0].DeviceValues[0].Value"]');
  await expect(value).toContainText('fixed64');
  await expect(value).toContainText('sfixed64');
  await expect(value).toContainText('double 1879583.2');
  await page.mouse.move(0, 0);
  await page.screenshot({ path: screenshotPath('decoder'), fullPage: true });

  // Dark theme: the same marks stay readable.
  await deviceId.locator('.head').hover();
  await page.getByRole('banner').getByLabel('Theme').selectOption('dark');
  await page.screenshot({ path: screenshotPath('decoder-dark') });
  await page.getByRole('banner').getByLabel('Theme').selectOption('system');
});

test('keyboard: the tree and the hex pane follow each other', async ({ page }) => {
  await openDecoder(page);
  await decode(page, VENDOR_HEX);
  await page.mouse.move(0, 0);
  const tree = page.getByRole('tree', { name: 'Decoded fields' });
  const dateTime = tree.locator('[data-path="DeviceDataItems[0].DateTime"]');
  await dateTime.focus();
  await page.keyboard.press('Enter');
  await expect(dateTime).toHaveAttribute('aria-selected', 'true');
  await expect.poll(() => markedOffsets(page)).toEqual(range(22, 35));
  // Arrow keys in the hex pane move the cursor; the field under it becomes the selection.
  await page.getByTestId('hex-pane').focus();
  await page.keyboard.press('End');
  const lastValue = tree.locator('[data-path="DeviceDataItems[0].DeviceValues[2].Value"]');
  await expect(lastValue).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByText('Byte 91: 0x40 in DeviceDataItems[0].DeviceValues[2].Value')).toBeVisible();
});

test('a truncated payload shows the error at its byte, and what was decoded before it', async ({ page }) => {
  await openDecoder(page);
  await decode(page, VENDOR_HEX.slice(0, 60));
  const error = page.getByTestId('decode-error');
  await expect(error).toContainText('Decoding stopped at byte 1');
  await expect(error).toContainText('expected a length of at most 28 byte(s)');
  await expect(error).toContainText('DeviceDataItems[0]');
  const marked = page.getByTestId('hex-pane').locator('[data-error="true"]');
  await expect(marked).toHaveCount(1);
  await expect(marked).toHaveAttribute('data-offset', '1');
  await expect(page.getByTestId('device-id')).toHaveText('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  await page.screenshot({ path: screenshotPath('decoder-error'), fullPage: true });
});

test('text that is no payload says what is wrong instead of crashing', async ({ page }) => {
  await openDecoder(page);
  await decode(page, '0A5A0G');
  await expect(page.getByRole('alert')).toContainText('Could not decode');
});

test('the builder encodes a reading, opens it, and two payloads compare side by side', async ({ page }) => {
  await openDecoder(page);
  await decode(page, VENDOR_HEX);
  await page.getByRole('button', { name: 'Add to comparison' }).click();
  await page.getByText('Build a payload').click();
  await page.getByLabel('Value 1', { exact: true }).fill('1879600');
  await page.getByRole('button', { name: 'Encode and open' }).click();
  await expect(page.getByTestId('device-id')).toHaveText('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
  await page.getByRole('button', { name: 'Add to comparison' }).click();
  const compare = page.getByRole('table', { name: 'Comparison' });
  const energy = compare.getByRole('row').filter({ hasText: '1-0:1.8.0*255' });
  await expect(energy).toContainText('1879583.2');
  await expect(energy.locator('.differs')).toContainText('1879600');
});

test('a binary payload file picked from disk is shown as hex and decoded', async ({ page }) => {
  await openDecoder(page);
  await page.getByLabel('Open a file…').setInputFiles({
    name: 'payload.bin',
    mimeType: 'application/octet-stream',
    buffer: Buffer.from(VENDOR_HEX, 'hex'),
  });
  await expect(page.getByText('Read payload.bin (92 bytes).')).toBeVisible();
  await expect(page.getByLabel('Payload (hex, base64 or decimal bytes)')).toHaveValue(VENDOR_HEX);
  await expect(page.getByTestId('device-id')).toHaveText('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
});
