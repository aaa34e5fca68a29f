import { describe, expect, it } from 'vitest';
import { spawnCli } from '../../helpers/spawn-cli.ts';
import { hex, loadVectors } from '../../unit/realtime/fixtures.ts';

const [documented, seconds] = loadVectors();

describe('the real meterscope bin', () => {
  it('decodes binary bytes piped to standard input', async () => {
    const r = await spawnCli(['decode', '--json', '-'], hex(documented!.hex));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({
      items: [{ deviceId: '3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1' }],
    });
  });

  it('prints the table and exits 0 for a payload argument', async () => {
    const r = await spawnCli(['decode', documented!.hex]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1-0:1.8.0*255');
  });

  it('exits 1 with the byte offset for a broken payload, and 2 for a usage error', async () => {
    const broken = await spawnCli(['decode', '--json', '0A05FFFF']);
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ items: [], error: { offset: 1 } });
    expect(broken.stderr).toContain('byte 1');
    expect((await spawnCli(['decode', '--framing', 'nope', '00'])).code).toBe(2);
  });

  it('encodes JSON from standard input to the documented hex', async () => {
    const json = JSON.stringify([
      {
        deviceId: '00112233-4455-6677-8899-aabbccddeeff',
        dateTime: '2024-01-01T00:00:00Z',
        dateTimeScale: 'SECONDS',
        values: [
          { obis: '1-0:1.8.0*255', value: 1000.5 },
          { obis: '1-0:21.7.0*255', value: -12.5 },
        ],
      },
    ]);
    const r = await spawnCli(['encode', '-'], json);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${seconds!.hex}\n`);
  });
});
