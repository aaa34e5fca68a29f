import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { fileFleetCache } from '../../../main/services/fleet/file-fleet-cache.ts';
import { fleetCacheKey, memoryFleetCache } from '../../../main/services/fleet/fleet-cache.ts';
import type { Fleet } from '../../../main/services/fleet/fleet-types.ts';

const fleet: Fleet = {
  loadedAt: '2026-07-25T12:00:00.000Z',
  server: 'https://api.smart-me.com',
  devices: [{ Id: 'a', Serial: 1, Name: 'Haus', online: true }],
  gateways: [],
  problems: [],
};

let dir = '';
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
  dir = '';
});

describe('fleet cache', () => {
  it('keeps accounts on the same server apart', () => {
    expect(fleetCacheKey('https://api.smart-me.com/', 'user:anna')).not.toBe(
      fleetCacheKey('https://api.smart-me.com', 'user:bert'),
    );
    expect(fleetCacheKey('https://API.smart-me.com/', 'x')).toBe(
      fleetCacheKey('https://api.smart-me.com', 'x'),
    );
  });

  it('in memory: returns what was written, as a copy', async () => {
    const cache = memoryFleetCache();
    expect(await cache.read('k')).toBeUndefined();
    await cache.write('k', fleet, 123);
    const back = await cache.read('k');
    expect(back).toEqual({ fleet, savedAtMs: 123 });
    back!.fleet.devices.length = 0;
    expect((await cache.read('k'))?.fleet.devices).toHaveLength(1);
  });

  it('on disk: survives a restart (a new cache object) and is private to the user', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fleet-cache-'));
    const cacheDir = join(dir, 'cache');
    await fileFleetCache(cacheDir).write('k', fleet, 456);
    expect(await fileFleetCache(cacheDir).read('k')).toEqual({ fleet, savedAtMs: 456 });
    expect(await fileFleetCache(cacheDir).read('other')).toBeUndefined();
    const [name] = await readdir(cacheDir);
    expect(name).toMatch(/^fleet-[0-9a-f]{16}\.json$/);
    expect((await stat(join(cacheDir, name!))).mode & 0o077).toBe(0);
  });

  it('on disk: reads a damaged file as no cache instead of failing', async () => {
    dir = await mkdtemp(join(tmpdir(), 'fleet-cache-'));
    const cache = fileFleetCache(dir);
    await cache.write('k', fleet, 1);
    const [name] = await readdir(dir);
    await writeFile(join(dir, name!), '{"version":1,"key":"k","savedAt');
    expect(await cache.read('k')).toBeUndefined();
    await cache.write('k', fleet, 2);
    expect((await cache.read('k'))?.savedAtMs).toBe(2);
  });
});
