import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

/**
 * Starts `meterscope web --demo --json` (the real command, which builds the renderer when its sources
 * changed) with a throw-away home folder, and hands its URL to the tests. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const home = await mkdtemp(join(tmpdir(), 'meterscope-e2e-'));
  const child = spawn(process.execPath, [BIN, 'web', '--demo', '--json'], {
    env: { ...process.env, METERSCOPE_HOME: home },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const started = await new Promise<{ url: string; origin: string }>((resolve, reject) => {
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
      const line = stdout.split('\n').find((l) => l.startsWith('{'));
      if (line && stdout.includes('\n')) resolve(JSON.parse(line) as { url: string; origin: string });
    });
    child.once('exit', (code) =>
      reject(new Error(`meterscope web exited (${code}) before it was ready:\n${stderr}`)),
    );
  });
  process.env.METERSCOPE_E2E_URL = started.url;
  process.env.METERSCOPE_E2E_ORIGIN = started.origin;
  return async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
    await rm(home, { recursive: true, force: true });
  };
}
