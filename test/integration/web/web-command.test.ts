import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeSocketMessage, encodeSocketMessage } from '../../../shared/contract/socket-protocol.ts';
import { cli } from '../../helpers/cli.ts';
import { BIN } from '../../helpers/spawn-cli.ts';

let home: string;
beforeAll(async () => {
  home = await mkdtemp(join(tmpdir(), 'meterscope-webcmd-'));
});
afterAll(() => rm(home, { recursive: true, force: true }));

describe('meterscope web', () => {
  it('refuses to listen beyond this computer', async () => {
    const r = await cli(['web', '--host', '0.0.0.0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--host must be a loopback address');
  });

  it('refuses a port that is not a number', async () => {
    const r = await cli(['web', '--port', 'eighty']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--port must be a number');
  });

  it('serves the demo, answers a browser holding the printed address, and stops cleanly on Ctrl-C', async () => {
    const child = spawn(process.execPath, [BIN, 'web', '--demo', '--json'], {
      env: { ...process.env, METERSCOPE_HOME: home },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const line = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.setEncoding('utf8').on('data', (d: string) => {
          out += d;
          if (out.includes('\n')) resolve(out.split('\n')[0]!);
        });
        child.once('exit', (code) => reject(new Error(`exited ${code} before printing its address`)));
      });
      const started = JSON.parse(line) as { url: string; origin: string; demo: string };
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[\w-]{43}$/);
      expect(started.demo).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const token = new URL(started.url).hash.replace('#token=', '');
      const ws = new WebSocket(`${started.origin.replace('http', 'ws')}/contract?token=${token}`, {
        headers: { origin: started.origin },
      });
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const answer = new Promise<unknown>((resolve) =>
        ws.once('message', (d) => resolve(decodeSocketMessage(String(d)))),
      );
      ws.send(encodeSocketMessage({ type: 'call', id: 1, name: 'app:info', payload: {} }));
      expect(await answer).toMatchObject({
        type: 'result',
        id: 1,
        envelope: { ok: true, data: { host: 'web', demo: { baseUrl: started.demo } } },
      });
      ws.close();
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  });
});
