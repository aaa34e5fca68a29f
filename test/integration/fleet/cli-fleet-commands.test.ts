import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator } from '../../../main/simulator/index.ts';
import { cli } from '../../helpers/cli.ts';

let sim: RunningSimulator;
let home: string;
let env: Record<string, string>;
const demo = () => ['--base-url', sim.baseUrl, '--user', 'demo', '--password', 'demo'];

beforeAll(async () => {
  sim = await startSimulator({ meters: 10, gateways: 3, metersPerGateway: 6 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-home-'));
  env = { METERSCOPE_HOME: home };
});
afterAll(async () => {
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

describe('meterscope devices', () => {
  it('prints every device as JSON with all API fields and online', async () => {
    const r = await cli(['devices', '--json', ...demo()], '', undefined, env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      devices: Record<string, unknown>[];
      stale: boolean;
      problems: unknown[];
    };
    expect(out.stale).toBe(false);
    expect(out.devices.length).toBe(
      [...sim.world.devices.values()].filter((d) => d.accountId === 1001).length,
    );
    for (const d of out.devices) {
      expect(d).toHaveProperty('Id');
      expect(d).toHaveProperty('Serial');
      expect(typeof d.online).toBe('boolean');
    }
    const electricity = out.devices.find((d) => d.CounterReadingUnit === 'kWh')!;
    expect(electricity).toHaveProperty('ValueDate');
    expect(electricity).toHaveProperty('ActivePower');
    // offline first
    const firstOnline = out.devices.findIndex((d) => d.online);
    expect(out.devices.slice(firstOnline).every((d) => d.online)).toBe(true);
    expect(firstOnline).toBeGreaterThan(0);
  });

  it('prints a table with offline devices first', async () => {
    const r = await cli(['devices', ...demo()], '', undefined, env);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^\s*Serial\s+Name\s+Type\s+Family\s+Counter\s+Power\s+Value date\s+Online$/);
    expect(lines[2]).toContain('OFFLINE');
    expect(lines.at(-1)).toMatch(/^\d+ devices, \d+ offline/);
  });

  it('works with an API key from the environment', async () => {
    const r = await cli(['devices', '--json', '--base-url', sim.baseUrl], '', undefined, {
      ...env,
      METERSCOPE_API_KEY: 'demo',
    });
    expect(r.code).toBe(0);
  });
});

describe('meterscope gateways', () => {
  it('prints gateways with named states, meters and stale flags as JSON', async () => {
    const r = await cli(['gateways', '--json', ...demo()], '', undefined, env);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { gateways: Record<string, unknown>[] };
    expect(out.gateways).toHaveLength(3);
    for (const g of out.gateways) {
      expect(Object.keys(g).sort()).toEqual(
        [
          'Id',
          'Name',
          'SerialNumber',
          'State',
          'StateName',
          'ReadoutInterval',
          'ReadoutIntervalName',
          'LastSeen',
          'Meters',
        ].sort(),
      );
      expect(g.ReadoutIntervalName).toMatch(/^Intervall_/);
      for (const m of g.Meters as Record<string, unknown>[]) {
        expect(Object.keys(m).sort()).toEqual(
          ['Id', 'Name', 'SecondaryAddress', 'State', 'StateName', 'LastValueDate', 'stale'].sort(),
        );
        expect(typeof m.stale).toBe('boolean');
      }
    }
    const states = out.gateways.flatMap((g) => (g.Meters as { StateName: string }[]).map((m) => m.StateName));
    expect(new Set(states)).toEqual(
      new Set(['LastReadoutOk', 'LastReadoutFailed', 'ReadoutStarted', 'CRCError']),
    );
  });

  it('prints each gateway with its meters and a stale-meter table', async () => {
    const r = await cli(['gateways', ...demo()], '', undefined, env);
    expect(r.code).toBe(0);
    const gw = [...sim.world.gateways.values()][0]!;
    expect(r.stdout).toContain(`Gateway ${gw.name} (serial ${gw.serialNumber})`);
    expect(r.stdout).toMatch(
      /Stale meters \(last value older than 24 h or 2 × the readout interval\): [1-9]/,
    );
    expect(r.stdout).toContain('no smart-me device');
  });
});

describe('exit codes and offline use', () => {
  it('exits 1 with the code for a wrong password, and never shows the password', async () => {
    const r = await cli(
      ['devices', '--base-url', sim.baseUrl, '--user', 'demo', '--password', 'Wr0ngSecret'],
      '',
      undefined,
      env,
    );
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[unauthorized]');
    expect(r.stdout + r.stderr).not.toContain('Wr0ngSecret');
    expect(r.stdout + r.stderr).not.toContain(Buffer.from('demo:Wr0ngSecret').toString('base64'));
  });

  it('prints the error as JSON on stdout with --json', async () => {
    const r = await cli(
      ['gateways', '--json', '--base-url', sim.baseUrl, '--api-key', 'n0-such-key'],
      '',
      undefined,
      env,
    );
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: 'unauthorized' } });
    expect(r.stdout + r.stderr).not.toContain('n0-such-key');
  });

  it.each([
    [['devices', '--bogus']],
    [['devices', 'extra-arg', '--user', 'a', '--password', 'b']],
    [['gateways', '--password', 'x']],
    [['devices', '--user', 'demo']],
    [['devices', '--user', 'a', '--password', 'b', '--api-key', 'c']],
    [['devices', '--base-url', 'ftp://example.com', '--api-key', 'c']],
    [['devices', '--base-url', 'not a url', '--api-key', 'c']],
  ])('exits 2 on a usage error: %j', async (argv) => {
    const r = await cli(argv, '', undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Usage: meterscope');
  });

  it('exits 2 and says how to log in when no credentials are given', async () => {
    const r = await cli(['devices', '--base-url', sim.baseUrl], '', undefined, env);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('meterscope login');
  });

  it('shows the last loaded data with its age when the cloud cannot be reached', async () => {
    const other = await startSimulator({ meters: 2, gateways: 1 });
    const args = ['--base-url', other.baseUrl, '--user', 'demo', '--password', 'demo'];
    const live = await cli(['gateways', '--json', ...args], '', undefined, env);
    expect(live.code).toBe(0);
    await other.close();
    const offline = await cli(['gateways', '--json', ...args], '', undefined, env);
    expect(offline.code).toBe(0);
    const out = JSON.parse(offline.stdout) as { stale: boolean; source: string; gateways: unknown[] };
    expect(out).toMatchObject({ stale: true, source: 'cache' });
    expect(out.gateways).toEqual((JSON.parse(live.stdout) as { gateways: unknown[] }).gateways);
    expect(offline.stderr).toMatch(
      /data as of .* old\), from the cache: the cloud could not be reached \[offline\]/,
    );
    const table = await cli(['devices', ...args], '', undefined, env);
    expect(table.code).toBe(0);
    expect(table.stderr).toContain('data as of');
  });

  it('exits 1 offline when nothing was ever loaded', async () => {
    const other = await startSimulator({ meters: 1, gateways: 0 });
    await other.close();
    const r = await cli(['devices', '--base-url', other.baseUrl, '--api-key', 'demo'], '', undefined, env);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('[offline]');
  });
});
