import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSimulator, type RunningSimulator, type SimDevice } from '../../../main/simulator/index.ts';
import { cli } from '../../helpers/cli.ts';

let sim: RunningSimulator;
let home: string;
let meter: SimDevice;
const run = (argv: string[]) =>
  cli([...argv, '--base-url', sim.baseUrl, '--api-key', 'demo'], '', undefined, { METERSCOPE_HOME: home });

beforeAll(async () => {
  sim = await startSimulator({ meters: 6, gateways: 1 });
  home = await mkdtemp(join(tmpdir(), 'meterscope-home-'));
  meter = [...sim.world.devices.values()].find((d) => d.kind === 'electricity' && d.network !== undefined)!;
});
afterAll(async () => {
  await sim.close();
  await rm(home, { recursive: true, force: true });
});

describe('meterscope device', () => {
  it('prints the device, its online state, firmware, network and RSSI band as JSON', async () => {
    const r = await run(['device', meter.id, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.device).toMatchObject({ Id: meter.id, Serial: meter.serial, Name: meter.name });
    expect(typeof out.device.online).toBe('boolean');
    expect(out.additional).toMatchObject({
      FirmwareVersion: meter.firmwareVersion,
      NetworkConnection: meter.network,
    });
    expect(['excellent', 'good', 'weak', 'poor']).toContain(out.rssiBand);
    expect(out.problems).toEqual([]);
  });

  it('finds the device by the serial number from the label', async () => {
    const r = await run(['device', String(meter.serial)]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^Id\\s+${meter.id}$`, 'm'));
    expect(r.stdout).toMatch(/^RSSI\s+\d+ of 100: (excellent|good|weak|poor) \(/m);
    expect(r.stdout).toMatch(/^Online\s+(yes|OFFLINE)/m);
  });

  it('exits 1 with not-found for an unknown device, 2 for an argument that is no id', async () => {
    const missing = await run(['device', '00000000-0000-0000-0000-0000000000aa']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('[not-found]');
    expect((await run(['device', 'flat-3'])).code).toBe(2);
    expect((await run(['device'])).code).toBe(2);
  });
});

describe('meterscope values', () => {
  it('prints every value with OBIS notation, hex, name and REST unit as JSON', async () => {
    const r = await run(['values', meter.id, '--json']);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.deviceId).toBe(meter.id);
    expect(typeof out.date).toBe('string');
    const energy = out.values.find((v: { obisHex: string }) => v.obisHex === '0100010800FF');
    expect(energy).toMatchObject({ obis: '1-0:1.8.0*255', unit: 'kWh' });
    expect(energy.name).toMatch(/energy/i);
    for (const v of out.values) {
      expect(Object.keys(v).sort()).toEqual(['name', 'obis', 'obisHex', 'unit', 'value']);
      expect(v.obis).toMatch(/^\d+-\d+:\d+\.\d+\.\d+\*\d+$/);
    }
  });

  it('names values in German with --lang de, and prints a table', async () => {
    const de = await run(['values', meter.id, '--json', '--lang', 'de']);
    expect(JSON.parse(de.stdout).values[0].name).toMatch(/Wirkenergie/);
    const table = await run(['values', String(meter.serial)]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^1-0:1\.8\.0\*255\s+.+kWh$/m);
    expect((await run(['values', meter.id, '--lang', 'fr'])).code).toBe(2);
  });
});
