import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStoredLogin } from '../../../main/services/auth/stored-login.ts';
import { spawnCli } from '../../helpers/spawn-cli.ts';
import { approvingDemo } from './helpers/fake-browser.ts';
import { postForm, startOAuthServer, userStatus, type TestOAuth } from './helpers/oauth-test-server.ts';
import { runMeterscope } from './helpers/run-login.ts';

let server: TestOAuth;
let home: string;
let env: Record<string, string>;

beforeEach(async () => {
  // Real time here: the CLI waits the real polling interval (1 s, the smallest RFC 8628 allows).
  server = await startOAuthServer({ deviceCodeIntervalSeconds: 1, clock: Date.now });
  home = await mkdtemp(join(tmpdir(), 'meterscope-login-'));
  env = { METERSCOPE_HOME: home, METERSCOPE_BASE_URL: server.baseUrl };
});
afterEach(async () => {
  await server.close();
  await rm(home, { recursive: true, force: true });
});

const secretsFile = () => join(home, 'secrets.json');
async function storedTokens(): Promise<{ accessToken: string; refreshToken?: string }> {
  const file = JSON.parse(await readFile(secretsFile(), 'utf8')) as { secrets: Record<string, string> };
  const record = JSON.parse(Object.values(file.secrets)[0]!) as {
    tokens: { accessToken: string; refreshToken?: string };
  };
  return record.tokens;
}

/** Plays the person who opens the printed address and approves. */
function approvingBrowser() {
  const browser = approvingDemo();
  return {
    browser,
    onPrompt: (text: string) => {
      const url = /(http:\/\/\S+\/oauth\/(?:authorize|verify)\?[^\s)]+)/.exec(text)?.[1];
      if (url) void browser.open(url);
    },
  };
}

describe('meterscope login', () => {
  it('pkce: prints the address, stores the login in a 0600 file it calls not encrypted, never prints a token', async () => {
    const { onPrompt, browser } = approvingBrowser();
    const r = await runMeterscope(
      ['login', '--flow', 'pkce', '--client-id', 'meterscope-demo', '--no-browser'],
      {
        env,
        onPrompt,
      },
    );
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Open this address in a browser to sign in');
    expect(r.stdout).toContain(`Logged in to ${server.baseUrl} (pkce, application meterscope-demo).`);
    expect(r.stdout).toContain('NOT encrypted');
    expect((await browser.lastPage()).body).toContain('return to Meterscope');
    expect((await stat(secretsFile())).mode & 0o777).toBe(0o600);
    const tokens = await storedTokens();
    expect(r.stdout + r.stderr).not.toContain(tokens.accessToken);
    expect(r.stdout + r.stderr).not.toContain(tokens.refreshToken!);

    const credentials = await loadStoredLogin({ home, baseUrl: server.baseUrl });
    expect(credentials?.kind).toBe('bearer');
    const header = await credentials!.authorization();
    expect(await userStatus(server.baseUrl, header.slice('Bearer '.length))).toBe(200);
  });

  it('pkce: when no browser can be started it says so and the printed address still works', async () => {
    const { onPrompt } = approvingBrowser();
    const r = await runMeterscope(['login', '--client-id', 'meterscope-demo', '--store', 'none'], {
      env: { ...env, BROWSER: join(home, 'no-such-browser') },
      onPrompt,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('Could not start a browser here: open the address above by hand.');
  });

  it('a stored OAuth login renews itself and writes the rotated refresh token back', async () => {
    const { onPrompt } = approvingBrowser();
    await runMeterscope(['login', '--client-id', 'meterscope-demo', '--no-browser'], { env, onPrompt });
    const before = await storedTokens();
    const credentials = await loadStoredLogin({ home, baseUrl: `${server.baseUrl}/` });
    expect(await credentials!.refresh!()).toBe(true);
    const after = await storedTokens();
    expect(after.refreshToken).not.toBe(before.refreshToken);
    const replay = await postForm(`${server.baseUrl}/oauth/token`, {
      grant_type: 'refresh_token',
      refresh_token: before.refreshToken!,
      client_id: 'meterscope-demo',
    });
    expect(replay.body).toMatchObject({ error: 'invalid_grant' });
  });

  it('device: prints the code and where to enter it, then stores the approved login (--json)', async () => {
    const { onPrompt } = approvingBrowser();
    const r = await runMeterscope(['login', '--flow', 'device', '--client-id', 'meterscope-demo', '--json'], {
      env,
      onPrompt,
    });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/enter the code:\n\n {2}\d{4}-\d{4}-\d{4}/);
    expect(r.stderr).toContain(`${server.baseUrl}/oauth/verify`);
    const out = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(out).toMatchObject({ ok: true, flow: 'device', clientId: 'meterscope-demo', refreshable: true });
    expect(out.stored).toMatchObject({ kind: 'file', encrypted: false });
  });

  it('client-credentials with --store none keeps nothing', async () => {
    const r = await runMeterscope(
      [
        'login',
        '--flow',
        'client-credentials',
        '--client-id',
        'meterscope-device',
        '--store',
        'none',
        '--json',
      ],
      { env: { ...env, METERSCOPE_CLIENT_SECRET: 'meterscope-device-secret' } },
    );
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true, flow: 'client-credentials', stored: null });
    await expect(stat(secretsFile())).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await loadStoredLogin({ home, baseUrl: server.baseUrl })).toBeUndefined();
  });

  it('fails with exit 1 and a reason, never echoing the wrong secret', async () => {
    const r = await runMeterscope(
      [
        'login',
        '--flow',
        'client-credentials',
        '--client-id',
        'meterscope-device',
        '--client-secret',
        'wr0ng-s3cret',
        '--json',
      ],
      { env },
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: false, error: { code: 'invalid_client' } });
    expect(r.stderr).toContain('check the client ID and secret');
    expect(r.stdout + r.stderr).not.toContain('wr0ng-s3cret');
    await expect(stat(secretsFile())).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('api-key from standard input and basic: stored, shown by --status without the secret, removed by --logout', async () => {
    const key = await runMeterscope(['login', '--flow', 'api-key'], { env, stdin: 'k3y-s3cret-value\n' });
    expect(key.code).toBe(0);
    const credentials = await loadStoredLogin({ home, baseUrl: server.baseUrl });
    expect(await credentials!.authorization()).toBe('ApiKey k3y-s3cret-value');

    const basic = await runMeterscope(
      ['login', '--flow', 'basic', '--user', 'demo', '--password', 'pw-s3cret-value'],
      {
        env,
      },
    );
    expect(basic.code).toBe(0);
    const status = await runMeterscope(['login', '--status', '--json'], { env });
    expect(status.code).toBe(0);
    expect(JSON.parse(status.stdout)).toMatchObject({ loggedIn: true, flow: 'basic', username: 'demo' });
    for (const r of [key, basic, status]) expect(r.stdout + r.stderr).not.toMatch(/s3cret-value/);

    expect((await runMeterscope(['login', '--logout'], { env })).stdout).toContain(
      'the stored login was deleted',
    );
    const after = await runMeterscope(['login', '--status'], { env });
    expect(after.code).toBe(1);
    expect(after.stdout).toContain('Not logged in');
  });

  it('reports a damaged stored login instead of using it', async () => {
    await writeFile(
      secretsFile(),
      JSON.stringify({ secrets: { [`login:${server.baseUrl}`]: '{"flow":"pkce"}' } }),
    );
    const r = await runMeterscope(['login', '--status'], { env });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('is damaged');
    await expect(loadStoredLogin({ home, baseUrl: server.baseUrl })).rejects.toMatchObject({
      code: 'stored_login_invalid',
    });
  });

  it('--self-test checks the loopback redirect and names the URI to register', async () => {
    const r = await runMeterscope(['login', '--self-test'], { env });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('OK: The redirect works.');
    expect(r.stdout).toContain('Redirect URI to register: http://127.0.0.1/callback');
  });

  it('exits 2 on usage errors', async () => {
    for (const argv of [
      ['login', '--flow', 'magic'],
      ['login', '--flow', 'device'],
      ['login', '--flow', 'basic'],
      ['login', '--store', 'cloud'],
      ['login', '--client-id', 'x', '--port', '70000'],
      ['login', '--flow', 'client-credentials', '--client-id', 'meterscope-device'],
    ]) {
      const r = await runMeterscope(argv, { env });
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: meterscope login');
    }
  });

  it('runs as a real process (client credentials, nothing stored)', async () => {
    const r = await spawnCli([
      'login',
      '--flow',
      'client-credentials',
      '--base-url',
      server.baseUrl,
      '--client-id',
      'meterscope-device',
      '--client-secret',
      'meterscope-device-secret',
      '--store',
      'none',
      '--json',
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      ok: true,
      flow: 'client-credentials',
      scope: 'device.read',
    });
  });
});
