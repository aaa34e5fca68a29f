import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openCaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import {
  buildSupportBundle,
  captureTail,
  collectSupportBundle,
  newestCachedFleet,
  supportBundleFile,
} from '../../../main/services/support/index.ts';
import { DEFAULT_SETTINGS } from '../../../shared/contract/settings.ts';
import { sampleRequest, tempDir } from '../captures/fixtures.ts';
import { fleet, NOW } from '../report/fleet-fixture.ts';

const app = { version: '0.1.0', host: 'cli', node: 'v20.19.0', platform: 'linux x64' } as const;
const SECRET_PATH = 'Zx3_q9Lk-2mNpQrStUvWxA';
let cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanups.map((c) => c()));
  cleanups = [];
});
const home = async () => {
  const t = await tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};

/** Writes a capture of `n` requests (with an Authorization header) into `<dir>/captures`. */
async function capture(dir: string, n: number): Promise<string> {
  await mkdir(join(dir, 'captures'), { recursive: true });
  const path = join(dir, 'captures', 'capture-2026-07-25T10-00-00Z.mscap');
  const w = await openCaptureWriter(path, {
    session: { name: 'listen', listenerUrl: `http://127.0.0.1:4000/[secret]` },
    now: () => new Date(NOW),
  });
  for (let i = 1; i <= n; i++) await w.append(sampleRequest(i));
  await w.close();
  return path;
}

describe('buildSupportBundle', () => {
  it('holds app, login, settings, the fleet with its counts and the errors, and redacts all of it', () => {
    const bundle = buildSupportBundle(
      {
        app,
        login: { flow: 'basic', username: 'demo', password: 'S3cr3t-P4ss' },
        settings: {
          ...DEFAULT_SETTINGS,
          tunnel: { ...DEFAULT_SETTINGS.tunnel, publicUrl: `https://u:pw1234@t.example/${SECRET_PATH}` },
        },
        fleet: fleet(),
        errors: [
          { source: 'fleet', code: 'offline', message: 'GET https://api.example/?token=abc123 failed' },
        ],
        capture: null,
        knownSecrets: ['S3cr3t-P4ss'],
      },
      NOW,
    );
    expect(bundle).toMatchObject({ kind: 'meterscope-support-bundle', formatVersion: 1, app });
    expect(bundle.createdAt).toBe('2026-07-25T14:00:00.000Z');
    expect(bundle.summary).toMatchObject({ devices: 3, offline: 2, staleMeters: 2, problems: 1 });
    expect(bundle.fleet?.devices).toHaveLength(3);
    const text = supportBundleFile(bundle).text;
    for (const secret of ['S3cr3t-P4ss', 'pw1234', SECRET_PATH, 'abc123']) expect(text).not.toContain(secret);
    expect(bundle.login).toEqual({ flow: 'basic', username: 'demo', password: '[redacted]' });
    expect(JSON.parse(text)).toEqual(bundle);
  });

  it('is saved as pretty JSON named after its time', () => {
    const file = supportBundleFile(
      buildSupportBundle({ app, login: null, settings: null, fleet: null, errors: [], capture: null }, NOW),
    );
    expect(file.fileName).toBe('meterscope-support-20260725-1400.json');
    expect(file.mimeType).toBe('application/json;charset=utf-8');
    expect(file.text).toContain('\n  "kind": "meterscope-support-bundle",\n');
  });
});

describe('captureTail', () => {
  it("keeps only the last frames' metadata, never the bodies, and no Authorization value", async () => {
    const path = await capture(await home(), 5);
    const tail = await captureTail(path, 2);
    expect(tail).toMatchObject({ file: 'capture-2026-07-25T10-00-00Z.mscap', records: 5, issues: [] });
    expect(tail.sessions.map((s) => s.listenerUrl)).toEqual(['http://127.0.0.1:4000/[secret]']);
    expect(tail.frames.map((f) => f.seq)).toEqual([4, 5]);
    expect(JSON.stringify(tail)).not.toContain('dXNlcjpwYXNz');
    expect(JSON.stringify(tail)).not.toContain('payload');
  });
});

describe('collectSupportBundle', () => {
  it('takes the settings and the newest capture from the home folder', async () => {
    const dir = await home();
    await capture(dir, 3);
    const bundle = await collectSupportBundle({
      home: dir,
      app,
      login: null,
      fleet: null,
      errors: [],
      settings: async () => ({ settings: DEFAULT_SETTINGS, notice: null }),
      frames: 10,
      now: () => NOW,
    });
    expect(bundle.settings).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
    expect(bundle.capture?.frames).toHaveLength(3);
    expect(bundle.errors).toEqual([]);
  });

  it('lists a part it could not read as an error and still makes the bundle', async () => {
    const dir = await home();
    await mkdir(join(dir, 'captures'));
    await writeFile(join(dir, 'captures', 'broken.mscap'), 'not a capture');
    const bundle = await collectSupportBundle({
      home: dir,
      app,
      login: null,
      fleet: null,
      errors: [{ source: 'fleet', code: 'not-connected', message: 'Not logged in.' }],
      settings: () => Promise.reject(new Error('disk on fire')),
      now: () => NOW,
    });
    expect(bundle.capture).toBeNull();
    expect(bundle.errors.map((e) => e.source)).toEqual(['fleet', 'settings', 'capture']);
  });

  it('leaves the capture out with 0 frames', async () => {
    const dir = await home();
    await capture(dir, 1);
    const settings = async () => ({ settings: DEFAULT_SETTINGS, notice: null });
    const bundle = await collectSupportBundle({
      home: dir,
      app,
      login: null,
      fleet: null,
      errors: [],
      settings,
      frames: 0,
      now: () => NOW,
    });
    expect(bundle.capture).toBeNull();
  });
});

describe('newestCachedFleet', () => {
  it('picks the newest readable cache file and skips damaged ones', async () => {
    const dir = await home();
    const file = (key: string, savedAtMs: number) => ({
      version: 1,
      key,
      savedAtMs,
      fleet: {
        loadedAt: new Date(savedAtMs).toISOString(),
        server: 's',
        devices: [],
        gateways: [],
        problems: [],
      },
    });
    await writeFile(join(dir, 'fleet-a.json'), JSON.stringify(file('s|user:a', 1000)));
    await writeFile(join(dir, 'fleet-b.json'), JSON.stringify(file('s|user:b', 2000)));
    await writeFile(join(dir, 'fleet-c.json'), '{"version":1,');
    expect((await newestCachedFleet(dir))?.key).toBe('s|user:b');
    expect(await newestCachedFleet(join(dir, 'missing'))).toBeUndefined();
  });
});
