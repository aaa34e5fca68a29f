import { expect, test } from '@playwright/test';
import { startOwnWebHost, type OwnWebHost } from './own-web-host.ts';

let host: OwnWebHost;
test.beforeAll(async () => {
  host = await startOwnWebHost({ meters: 3, gateways: 1 });
});
test.afterAll(() => host.stop());

test('logged out, Devices and Gateways ask once, say what to do, and do not keep reloading', async ({
  page,
}) => {
  let fleetLoads = 0;
  page.on('websocket', (ws) =>
    ws.on('framesent', (frame) => {
      if (typeof frame.payload === 'string' && frame.payload.includes('"fleet:load"')) fleetLoads += 1;
    }),
  );
  await page.goto(host.url);
  await page.getByLabel('Language').selectOption('en');
  await page.getByRole('link', { name: 'Devices' }).click();
  await expect(page.getByText('Not logged in yet.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open Connect to try the demo or log in.' })).toBeVisible();
  await page.getByRole('link', { name: 'Gateways' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gateways' })).toBeVisible();
  // A full round trip to main after the failed load: a reload loop would have sent many more by now.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('A device is offline after (minutes)')).toBeVisible();
  expect(fleetLoads).toBeLessThanOrEqual(2);
});
