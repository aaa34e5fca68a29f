import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSimulator, type RunningSimulator, type SimulatorOptions } from '../../main/simulator/index.ts';

const BIN = fileURLToPath(new URL('../../main/cli/bin.mjs', import.meta.url));

/** A simulator and a `meterscope web` (not in demo mode: nobody is logged in) whose settings point at it. */
export interface OwnWebHost {
  sim: RunningSimulator;
  /** The address the host printed, token included. */
  url: string;
  stop(): Promise<void>;
}

/**
 * For tests that need what the shared demo host cannot give: a logged-out start (real logins) or a fleet of
 * their own size. The settings name the simulator as the server and its public demo application as the
 * OAuth client, as a technician would set them up.
 */
export async function startOwnWebHost(simOptions: SimulatorOptions = {}): Promise<OwnWebHost> {
  const sim = await startSimulator(simOptions);
  const home = await mkdtemp(join(tmpdir(), 'meterscope-e2e-own-'));
  await writeFile(
    join(home, 'settings.json'),
    JSON.stringify({
      baseUrl: sim.baseUrl,
      oauth: { clientId: 'meterscope-demo', deviceClientId: '', redirectPort: 0 },
    }),
  );
  const web: ChildProcess = spawn(process.execPath, [BIN, 'web', '--json'], {
    env: { ...process.env, METERSCOPE_HOME: home },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    web.stdout!.setEncoding('utf8').on('data', (d: string) => {
      out += d;
      const line = out.split('\n').find((l) => l.startsWith('{') && l.endsWith('}'));
      if (line) resolve((JSON.parse(line) as { url: string }).url);
    });
    web.once('exit', (code) => reject(new Error(`meterscope web exited (${code}) before it was ready`)));
  });
  return {
    sim,
    url,
    async stop() {
      if (web.exitCode === null && web.signalCode === null) {
        const exited = new Promise((resolve) => web.once('exit', resolve));
        web.kill('SIGTERM');
        await exited;
      }
      await sim.close();
      await rm(home, { recursive: true, force: true });
    },
  };
}
