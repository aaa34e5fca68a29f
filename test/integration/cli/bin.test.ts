import { describe, expect, it } from 'vitest';
import { spawnCli } from '../../helpers/spawn-cli.ts';

describe('the meterscope bin', () => {
  it('starts from a fresh install and prints its help', async () => {
    const r = await spawnCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('meterscope: diagnose smart-me meter installations');
  });

  it('exits 2 on a usage error', async () => {
    const r = await spawnCli(['no-such-command']);
    expect(r.code).toBe(2);
  });
});
