import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staleAfterMs } from '../../../main/services/fleet/derive-states.ts';
import { ACCOUNT_IDS, startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { escapeMarkdown } from '../../../shared/report/render-markdown.ts';
import { cli } from '../../helpers/cli.ts';

let sim: RunningSimulator;
let home: string;
let env: Record<string, string>;
const demo = () => ['--base-url', sim.baseUrl, '--user', 'demo', '--password', 'demo'];

beforeAll(async () => {
  sim = await startSimulator({ meters: 16, gateways: 3 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-report-'));
  env = { METERSCOPE_HOME: home };
});
afterAll(async () => {
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

/** The demo account's devices that stopped reporting in the simulated world (20 minutes to 96 days ago). */
function offlineInWorld() {
  return [...sim.world.devices.values()].filter(
    (d) => d.accountId === ACCOUNT_IDS.demo && d.lastContactMs !== undefined,
  );
}

/** Meters the world's gateways hold without a smart-me device or with a device silent past the stale age. */
function staleInWorld() {
  const now = Date.now();
  return [...sim.world.gateways.values()].flatMap((g) =>
    g.meters
      .filter((m) => {
        if (m.deviceId === undefined) return true;
        const last = sim.world.devices.get(m.deviceId.toLowerCase())?.lastContactMs;
        return last !== undefined && now - last > staleAfterMs(g.readoutInterval);
      })
      .map((m) => ({ gateway: g.name, meter: m.name, address: m.secondaryAddress ?? '–' })),
  );
}

describe('meterscope report', () => {
  it("lists the world's offline devices and stale meters in Markdown", async () => {
    const r = await cli(['report', '--format', 'md', '--lang', 'en', ...demo()], '', undefined, env);
    expect(r.code).toBe(0);
    const offline = offlineInWorld();
    const stale = staleInWorld();
    expect(offline.length).toBeGreaterThan(0);
    expect(stale.length).toBeGreaterThan(0);
    expect(r.stdout).toContain('# Site report');
    expect(r.stdout).toContain('- **Source:** loaded live from the smart-me cloud');
    expect(r.stdout).toMatch(/## Offline devices \(\d+\)/);
    for (const d of offline) expect(r.stdout).toContain(`| ${d.serial} | ${escapeMarkdown(d.name)} |`);
    expect(r.stdout).toContain(`## Stale meters (${stale.length})`);
    for (const m of stale)
      expect(r.stdout).toContain(
        `| ${escapeMarkdown(m.gateway)} | ${escapeMarkdown(m.meter)} | ${m.address} |`,
      );
    for (const g of sim.world.gateways.values())
      expect(r.stdout).toContain(`| ${g.name} | ${g.serialNumber} |`);
    expect(r.stdout).not.toContain('demo:demo');
  });

  it('writes a standalone German HTML file with --out', async () => {
    const out = join(home, 'bericht.html');
    const r = await cli(
      ['report', '--format', 'html', '--lang', 'de', '--out', out, ...demo()],
      '',
      undefined,
      env,
    );
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Wrote the site report to .*bericht\.html: \d+ devices \(\d+ offline\)/);
    const html = await readFile(out, 'utf8');
    expect(html).toContain('<html lang="de">');
    expect(html).toContain(`<h2 id="stale-meters">Veraltete Zähler (${staleInWorld().length})</h2>`);
    expect(html).not.toMatch(/<script|\bsrc=|\bhref=/i);
  });

  it('reports from the offline cache with the age of the data when the cloud is gone', async () => {
    const other = await startSimulator({ meters: 4, gateways: 1 });
    const args = ['--base-url', other.baseUrl, '--api-key', 'demo'];
    expect((await cli(['devices', ...args], '', undefined, env)).code).toBe(0);
    await other.close();
    const r = await cli(['report', ...args, '--lang', 'en'], '', undefined, env);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('- **Source:** offline cache (the cloud could not be reached)');
    expect(r.stdout).toContain('Offline: the smart-me cloud could not be reached (offline).');
    expect(r.stderr).toContain('meterscope report: data as of');
  });

  it('exits 1 for a wrong password or when offline with nothing loaded, never showing the secret', async () => {
    const wrong = await cli(
      ['report', '--base-url', sim.baseUrl, '--user', 'demo', '--password', 'Wr0ngSecret'],
      '',
      undefined,
      env,
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('[unauthorized]');
    expect(wrong.stdout + wrong.stderr).not.toContain('Wr0ngSecret');
    const gone = await startSimulator({ meters: 1, gateways: 0 });
    await gone.close();
    const offline = await cli(
      ['report', '--base-url', gone.baseUrl, '--api-key', 'demo'],
      '',
      undefined,
      env,
    );
    expect(offline.code).toBe(1);
    expect(offline.stderr).toContain('[offline]');
  });

  it.each([
    [['report', '--format', 'pdf']],
    [['report', '--lang', 'fr']],
    [['report', 'extra']],
    [['report', '--bogus']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const r = await cli([...argv, ...demo()], '', undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: meterscope report');
  });
});

describe('meterscope bundle', () => {
  it('writes the redacted bundle with the last loaded fleet, without network or login', async () => {
    expect((await cli(['devices', ...demo()], '', undefined, env)).code).toBe(0);
    const out = join(home, 'bundle.json');
    const r = await cli(['bundle', '--out', out], '', undefined, {
      ...env,
      METERSCOPE_API_KEY: 'Sup3rS3cretKey',
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^Wrote the support bundle to .*bundle\.json: fleet of .* devices\), no capture/,
    );
    const text = await readFile(out, 'utf8');
    const bundle = JSON.parse(text) as {
      kind: string;
      app: { version: string; host: string };
      fleet: { server: string; devices: unknown[] };
      summary: { devices: number };
      settings: { settings: { language: string } };
    };
    expect(bundle.kind).toBe('meterscope-support-bundle');
    expect(bundle.app).toMatchObject({ version: '0.1.0', host: 'cli' });
    expect(bundle.fleet.devices.length).toBe(bundle.summary.devices);
    expect(bundle.settings.settings.language).toBe('en');
    expect(text).not.toContain('Sup3rS3cretKey');
  });

  it('prints to standard output with --out -', async () => {
    const r = await cli(['bundle', '--out', '-', '--frames', '0'], '', undefined, env);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'meterscope-support-bundle', capture: null });
  });

  it('exits 1 when the file cannot be written and 2 on usage errors', async () => {
    const target = join(home, 'no', 'such', 'dir.json');
    const r = await cli(['bundle', '--out', target], '', undefined, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`meterscope bundle: Cannot write ${target}: its folder does not exist.`);
    const onFolder = await cli(['bundle', '--out', home], '', undefined, env);
    expect(onFolder.stderr).toContain(`Cannot write ${home}: it is a folder.`);
    for (const argv of [['bundle'], ['bundle', '--out', 'x.json', '--frames', 'many'], ['bundle', 'x']]) {
      const usage = await cli(argv, '', undefined, env);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage: meterscope bundle');
    }
  });
});
