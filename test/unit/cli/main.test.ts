import { describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.ts';

describe('meterscope command', () => {
  it('lists every command with --help and exits 0', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    for (const name of ['decode', 'encode', 'sim', 'login', 'devices', 'gateways', 'listen', 'web']) {
      expect(r.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
  });

  it('exits 2 with the help text for an unknown command', async () => {
    const r = await cli(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "frobnicate"');
  });

  it('exits 2 when run without a command', async () => {
    const r = await cli([]);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('Usage: meterscope <command>');
  });
});
