import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../../main/cli/main.ts';
import { BIN } from '../../helpers/spawn-cli.ts';
import { cli } from '../../helpers/cli.ts';

/** Runs `meterscope sim` in-process; resolves the base URL once it is printed. */
function startSimCommand(argv: string[]) {
  const controller = new AbortController();
  let stdout = '';
  let announce: (url: string) => void = () => undefined;
  const url = new Promise<string>((resolve) => (announce = resolve));
  const exit = runCli(['sim', ...argv], {
    out: (t) => {
      stdout += t;
      const m = /listening on (http:\/\/\S+)/.exec(stdout);
      if (m?.[1]) announce(m[1]);
    },
    err: (t) => void (stdout += t),
    readStdin: async () => new Uint8Array(),
    signal: controller.signal,
    env: {},
  });
  return { url, exit, stop: () => controller.abort(), output: () => stdout };
}

describe('meterscope sim', () => {
  it('prints its URL and the demo credentials, serves the fleet, and exits 0 when stopped', async () => {
    const run = startSimCommand(['--port', '0', '--seed', '12', '--meters', '5', '--gateways', '2']);
    const url = await run.url;
    expect(run.output()).toContain(
      'user demo, password demo, API key demo, OAuth public client meterscope-demo',
    );
    const res = await fetch(`${url}/DevicesByEnergy?meterEnergyType=8`, {
      headers: { authorization: 'ApiKey demo' },
    });
    expect(((await res.json()) as unknown[]).length).toBe(2);
    run.stop();
    expect(await run.exit).toBe(0);
    await expect(fetch(`${url}/Devices`)).rejects.toThrow();
  });

  it('injects the --faults rate into answers', async () => {
    const run = startSimCommand(['--faults', '1', '--meters', '1', '--gateways', '0', '--quiet']);
    const url = await run.url;
    const res = await fetch(`${url}/Devices`, { headers: { authorization: 'ApiKey demo' } });
    expect([429, 503]).toContain(res.status);
    run.stop();
    expect(await run.exit).toBe(0);
  });

  it('refuses bad flags with exit 2 and the usage', async () => {
    for (const argv of [['--meters', 'many'], ['--faults', '2'], ['--port', '-1'], ['extra']]) {
      const result = await cli(['sim', ...argv]);
      expect(result.code, argv.join(' ')).toBe(2);
      expect(result.stderr).toContain('Usage: meterscope sim');
    }
  });

  it('runs as a real process and stops cleanly on SIGINT', async () => {
    const child = spawn(process.execPath, [BIN, 'sim', '--port', '0', '--meters', '2', '--gateways', '0'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    let stdout = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        stdout += d;
        const m = /listening on (http:\/\/\S+)/.exec(stdout);
        if (m?.[1]) resolve(m[1]);
      });
      child.on('close', () => reject(new Error(`sim exited early: ${stdout}`)));
    });
    const res = await fetch(`${url}/User`, { headers: { authorization: 'ApiKey demo' } });
    expect(res.status).toBe(200);
    child.kill('SIGINT');
    expect(await exited).toBe(0);
  });
});
