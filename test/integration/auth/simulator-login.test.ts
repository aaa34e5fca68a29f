import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadStoredLogin } from '../../../main/services/auth/stored-login.ts';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { fakeBrowser } from './helpers/fake-browser.ts';
import { runMeterscope } from './helpers/run-login.ts';

let sim: RunningSimulator;
let home: string;
beforeAll(async () => {
  sim = await startSimulator({ meters: 2, gateways: 1 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-sim-login-'));
});
afterAll(async () => {
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

/** GET /User as the other commands would, with the stored login. */
async function whoAmI(): Promise<{ status: number; body: Record<string, unknown> }> {
  const credentials = await loadStoredLogin({ home, baseUrl: sim.baseUrl });
  const res = await fetch(`${sim.baseUrl}/User`, {
    headers: { Authorization: await credentials!.authorization() },
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

describe('logging in to the simulator (meterscope sim)', () => {
  it('pkce with the demo application and the printed demo credentials reaches /User', async () => {
    const { user, password, clientId } = sim.credentials;
    const browser = fakeBrowser({ decision: 'approve', username: user, password });
    const r = await runMeterscope(
      ['login', '--base-url', sim.baseUrl, '--client-id', clientId, '--no-browser'],
      {
        env: { METERSCOPE_HOME: home },
        onPrompt: (text) => {
          const url = /(http:\/\/\S+\/oauth\/authorize\?\S+)/.exec(text)?.[1];
          if (url) void browser.open(url);
        },
      },
    );
    expect(r.code, r.stderr).toBe(0);
    const me = await whoAmI();
    expect(me.status).toBe(200);
    expect(me.body.Username).toBe(user);
  });

  it('client credentials with the demo device application reaches /User', async () => {
    const r = await runMeterscope(
      [
        'login',
        '--flow',
        'client-credentials',
        '--base-url',
        sim.baseUrl,
        '--client-id',
        'meterscope-device',
        '--client-secret',
        'meterscope-device-secret',
      ],
      { env: { METERSCOPE_HOME: home } },
    );
    expect(r.code, r.stderr).toBe(0);
    expect((await whoAmI()).status).toBe(200);
  });
});
