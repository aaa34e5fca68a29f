import { _electron as electron, expect, test } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
// @ts-expect-error -- a plain ESM build script without type declarations
import { buildAll } from '../../build/scripts/build.mjs';
// @ts-expect-error -- a plain ESM build script without type declarations
import { electronRuntime } from '../../build/scripts/electron-runtime.mjs';
import { screenshotPath } from './app-url.ts';

const runtime = electronRuntime() as { path?: string; reason?: string };
const root = fileURLToPath(new URL('../../', import.meta.url));
if (!runtime.path)
  console.log(`Electron end-to-end tests skipped: no usable Electron runtime, because ${runtime.reason}`);

test.describe('desktop app (Electron)', () => {
  test.skip(!runtime.path, `Skipped: no usable Electron runtime here, because ${runtime.reason}`);

  test('opens the shell with the security settings in force', async () => {
    await (buildAll as (level: string) => Promise<void>)('warn');
    const home = await mkdtemp(join(tmpdir(), 'meterscope-electron-'));
    const app = await electron.launch({
      executablePath: runtime.path!,
      args: [root, '--demo'],
      env: { ...process.env, METERSCOPE_HOME: home },
    });
    try {
      const page = await app.firstWindow();
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      expect(page.url()).toBe('app://meterscope/index.html');
      // No Node.js in the renderer; the preload exposes exactly the contract.
      expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe(
        'undefined',
      );
      expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe(
        'undefined',
      );
      expect(
        await page.evaluate(() =>
          Object.keys((window as unknown as { meterscope: object }).meterscope).sort(),
        ),
      ).toEqual(['invoke', 'on']);
      // Navigation away and new windows are blocked.
      await page.evaluate(() => {
        location.href = 'https://example.com/';
      });
      await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
      expect(page.url()).toContain('app://meterscope/');
      await page.evaluate(() => window.open('https://example.com/'));
      expect(app.windows()).toHaveLength(1);
      // The token-storage badge says which store is in use.
      await expect(page.getByLabel(/^Token storage: /)).toBeVisible();
      await page.screenshot({ path: screenshotPath('electron-shell') });
    } finally {
      await app.close();
      await rm(home, { recursive: true, force: true });
    }
  });
});
