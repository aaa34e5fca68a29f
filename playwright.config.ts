import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests in Debian's Chromium against the browser host in demo mode (started once by the global
 * setup on a free port). The flags keep Chromium from reaching the network on its own.
 */
export default defineConfig({
  testDir: 'test/e2e',
  globalSetup: './test/e2e/global-setup.ts',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  timeout: 60_000,
  // How long a web-first assertion keeps retrying, not a time limit on the app: generous, because the
  // 2-core CI machine also runs the simulator, the host and Chromium, and a loaded moment is not a failure.
  expect: { timeout: 15_000 },
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.METERSCOPE_CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
    trace: 'retain-on-failure',
  },
});
