import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { startSimulator, type RunningSimulator } from '../../main/simulator/index.ts';
import { screenshotPath } from './app-url.ts';

const BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

/**
 * A real OAuth login, end to end: its own `meterscope web` (NOT in demo mode, so nobody is logged in)
 * whose settings point at a simulator, with the simulator's public demo application as the client ID.
 */
let sim: RunningSimulator;
let home: string;
let web: ChildProcess;
let url: string;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  sim = await startSimulator({ meters: 3, gateways: 1, metersPerGateway: 2 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-e2e-oauth-'));
  await writeFile(
    join(home, 'settings.json'),
    JSON.stringify({
      baseUrl: sim.baseUrl,
      oauth: { clientId: 'meterscope-demo', deviceClientId: '', redirectPort: 0 },
    }),
  );
  web = spawn(process.execPath, [BIN, 'web', '--json'], {
    env: { ...process.env, METERSCOPE_HOME: home },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    web.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    web.once('exit', (code) => reject(new Error(`meterscope web exited (${code}) before it was ready`)));
  });
});

test.afterAll(async () => {
  if (web.exitCode === null && web.signalCode === null) {
    const exited = new Promise((resolve) => web.once('exit', resolve));
    web.kill('SIGTERM');
    await exited;
  }
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

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
