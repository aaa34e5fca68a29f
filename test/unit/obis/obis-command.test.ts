import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.ts';

describe('meterscope obis', () => {
  it('explains a known code with its units and the vendor-documented realtime scaling', async () => {
    const r = await cli(['obis', '1-0:1.8.0', '--value', '1879583.2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1-0:1.8.0*255  0100010800FF  Active energy import (+A), total');
    expect(r.stdout).toContain('active energy [kWh]');
    expect(r.stdout).toMatch(/realtime unit\s+mWh: Documented by smart-me/);
    expect(r.stdout).toContain('1879583.2 mWh = 1879.5832 Wh = 1.8795832 kWh');
    expect(r.stdout).toMatch(/F=255 billing period\s+current value/);
  });

  it('says when the realtime unit is an assumption', async () => {
    const r = await cli(['obis', '0100010700FF']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/realtime unit\s+W \(assumed\): Not documented by smart-me/);
  });

  it('explains in German with --lang de, and flags the assumed A and B of a short code', async () => {
    const r = await cli(['obis', '32.7.0', '--lang', 'de']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Spannung L1');
    expect(r.stdout).toContain('A=1 und B=0 angenommen');
    expect(r.stdout).toMatch(/D=7 Messart\s+Momentanwert/);
  });

  it('still explains a code outside the catalog, and exits 0', async () => {
    const r = await cli(['obis', '8-0:2.5.0*3']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('(not in the catalog)');
    expect(r.stdout).toMatch(/A=8 medium\s+cold water/);
    expect(r.stdout).toMatch(/C=2 quantity\s+flow rate/);
    expect(r.stdout).toMatch(/D=5 measurement\s+maximum/);
    expect(r.stdout).toMatch(/F=3 billing period\s+stored value, billing period 3/);
  });

  it('prints JSON with one description per code, with readings when --value is given', async () => {
    const r = await cli(['obis', '1.8.0', '63000C0000FF', '--json', '--value', '1000']);
    expect(r.code).toBe(0);
    const { codes } = JSON.parse(r.stdout);
    expect(codes).toHaveLength(2);
    expect(codes[0]).toMatchObject({
      code: '1-0:1.8.0*255',
      known: true,
      abAssumed: true,
      realtime: { unit: 'mWh', assumed: false },
      readings: [
        { value: 1000, unit: 'mWh', assumed: false },
        { value: 1, unit: 'Wh', assumed: false },
        { value: 0.001, unit: 'kWh', assumed: false },
      ],
    });
    expect(codes[1]).toMatchObject({ hex: '63000C0000FF', source: 'smart-me' });
  });

  it('lists the whole catalog as a table, marking assumed realtime units', async () => {
    const r = await cli(['obis', '--list']);
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((l) => /^\d+-\d+:/.test(l));
    expect(rows.length).toBeGreaterThanOrEqual(80);
    expect(r.stdout).toMatch(/^1-0:1\.8\.0\*255\s+0100010800FF\s+kWh\s+mWh\s+Active energy import/m);
    expect(r.stdout).toMatch(/^1-0:2\.8\.0\*255\s+0100020800FF\s+kWh\s+mWh\*/m);
  });

  it('lists the catalog as JSON in German', async () => {
    const r = await cli(['obis', '--list', '--json', '--lang', 'de']);
    const { catalog } = JSON.parse(r.stdout);
    expect(catalog.length).toBeGreaterThanOrEqual(80);
    expect(catalog[0]).toMatchObject({ code: '1-0:1.8.0*255', name: 'Wirkenergie Bezug (+A), total' });
  });

  it('exits 2 naming every code that does not parse, and prints nothing on stdout', async () => {
    const r = await cli(['obis', '1-0:1.8.0', '1-0:1.8', '0100010800']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('"1-0:1.8" is not an OBIS code');
    expect(r.stderr).toContain('"0100010800" is not an OBIS code: it has 10 hex digits');
    expect(r.stderr).toContain('Usage: meterscope obis');
  });

  it.each([
    [['obis'], 'give at least one OBIS code'],
    [['obis', '1.8.0', '--lang', 'fr'], '--lang must be en or de'],
    [['obis', '1.8.0', '--value', 'lots'], '--value must be a number'],
    [['obis', '--list', '1.8.0'], '--list takes no codes'],
    [['obis', '1.8.0', '--colour'], "Unknown option '--colour'"],
  ])('exits 2 for the usage error in %j', async (argv, message) => {
    const r = await cli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
