import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { appUrl, screenshotPath } from './app-url.ts';

test.beforeEach(async ({ page }) => {
  await page.goto(appUrl());
  await page.getByLabel('Language').selectOption('en');
  // Log in to the demo (a no-op when `--demo` already did), then open the devices.
  await page.getByRole('button', { name: 'Use demo data' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Devices' })).toBeVisible();
  await expect(table(page).getByRole('row').nth(3)).toBeVisible();
});

const table = (page: Page) => page.getByRole('table', { name: 'Devices' });
const bodyRows = (page: Page) => table(page).locator('tbody tr:not(.spacer)');
/** The text of one column (1-based) of the rendered rows. */
const column = (page: Page, n: number) => bodyRows(page).locator(`td:nth-child(${n})`).allTextContents();

test('offline devices come first; every column sorts both ways', async ({ page }) => {
  await expect(table(page).getByRole('columnheader', { name: 'State' })).toHaveAttribute(
    'aria-sort',
    'ascending',
  );
  const states = await column(page, 1);
  expect(states).toEqual([...states].sort((a, b) => (a === b ? 0 : a === 'offline' ? -1 : 1)));
  expect(states[0]).toBe('offline');
  await page.screenshot({ path: screenshotPath('devices'), fullPage: true });

  const serial = table(page).getByRole('columnheader', { name: 'Serial' });
  await serial.getByRole('button').click();
  await expect(serial).toHaveAttribute('aria-sort', 'ascending');
  const up = (await column(page, 2)).map(Number);
  expect(up).toEqual([...up].sort((a, b) => a - b));
  await serial.getByRole('button').click();
  await expect(serial).toHaveAttribute('aria-sort', 'descending');
  const down = (await column(page, 2)).map(Number);
  expect(down).toEqual([...down].sort((a, b) => b - a));

  const name = table(page).getByRole('columnheader', { name: 'Name' });
  await name.getByRole('button').click();
  const names = await column(page, 3);
  const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  expect(names).toEqual([...names].sort(collator.compare));
});

test('names, counter readings with their unit, power and value time are shown whole, never cut off', async ({
  page,
}) => {
  // At the default 1280 px window; name and family may be shortened, but carry their full text as a tooltip.
  const cut = await bodyRows(page).evaluateAll((rows) =>
    rows.flatMap((row) =>
      [6, 7, 8]
        .map((n) => row.querySelector<HTMLElement>(`td:nth-child(${n})`)!)
        .filter((td) => {
          // The text's own width against the cell's content box (scrollWidth rounds away a cut-off pixel).
          const range = document.createRange();
          range.selectNodeContents(td);
          const style = getComputedStyle(td);
          const room = td.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          return range.getBoundingClientRect().width > room;
        })
        .map((td) => td.textContent),
    ),
  );
  expect(cut).toEqual([]);
  const family = bodyRows(page).first().locator('td:nth-child(5)');
  await expect(family).toHaveAttribute('title', (await family.textContent())!);
  // Names tell devices apart: none is shortened either (the demo's longest is "Wärmezähler Whg 5").
  const names = await bodyRows(page)
    .locator('td:nth-child(3)')
    .evaluateAll((tds) => tds.filter((td) => td.scrollWidth > td.clientWidth).map((td) => td.textContent));
  expect(names).toEqual([]);
  // The value time is shown to the minute, with the seconds in its tooltip.
  const time = bodyRows(page).first().locator('td:nth-child(8)');
  await expect(time).toHaveText(/^\d\d\/\d\d\/\d{4}, \d\d:\d\d$/);
  await expect(time).toHaveAttribute('title', /^\d\d\/\d\d\/\d{4}, \d\d:\d\d:\d\d$/);
});

test('search by name, serial or ID narrows the table; filters combine', async ({ page }) => {
  const count = page.getByText(/^[\d,]+ of [\d,]+ devices$/);
  const total = Number((await count.textContent())!.split(' of ')[1]!.split(' ')[0]);
  const firstName = (await column(page, 3))[0]!;
  const firstSerial = (await column(page, 2))[0]!;

  await page.getByLabel('Search devices').fill(firstSerial);
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText(firstName);

  await page.getByLabel('Search devices').fill('no device is called like this');
  await expect(page.getByText('No device matches the search and filters.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear search and filters' }).click();
  await expect(count).toHaveText(`${total} of ${total} devices`);

  await page.getByLabel('State', { exact: true }).selectOption('online');
  await expect(bodyRows(page).locator('td:first-child').filter({ hasText: 'offline' })).toHaveCount(0);
  await page.getByLabel('Energy type').selectOption({ label: 'Electricity' });
  for (const type of await column(page, 4)) expect(type).toBe('Electricity');
});

test('CSV export downloads what the table shows', async ({ page }) => {
  await page.getByLabel('Energy type').selectOption({ label: 'Electricity' });
  const shown = Number((await page.getByText(/^[\d,]+ of [\d,]+ devices$/).textContent())!.split(' ')[0]);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^meterscope-devices-\d{4}-\d\d-\d\dT\d{4}\.csv$/);
  const text = await readFile((await file.path())!, 'utf8');
  const lines = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  expect(lines[0]).toBe(
    'Serial,Name,Energy type,Family,Counter reading,Unit,Active power,Unit,Value date,State,ID',
  );
  expect(lines).toHaveLength(shown + 1);
  for (const line of lines.slice(1)) expect(line).toContain(',Electricity,');
});

test('a device name opens the inspector', async ({ page }) => {
  const link = bodyRows(page).first().getByRole('link');
  const name = await link.textContent();
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inspector' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: name! })).toBeVisible();
});
