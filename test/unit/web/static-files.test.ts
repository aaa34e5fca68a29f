import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStaticFile } from '../../../main/web/static-files.ts';

let root: string;
let outside: string;
beforeAll(async () => {
  outside = await mkdtemp(join(tmpdir(), 'meterscope-static-'));
  root = join(outside, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Meterscope</title>');
  await writeFile(join(root, 'assets', 'index-abc123.js'), 'console.log(1)');
  await writeFile(join(outside, 'secret.txt'), 'do not serve');
});
afterAll(() => rm(outside, { recursive: true, force: true }));

describe('static files of the browser host', () => {
  it('serves index.html for / and any view path, never cached', async () => {
    for (const path of ['/', '/index.html', '/decoder', '/devices?x=1']) {
      const f = await readStaticFile(root, path);
      expect([f.status, f.contentType, f.immutable]).toEqual([200, 'text/html; charset=utf-8', false]);
    }
  });

  it('serves hashed assets with their type, cacheable for ever', async () => {
    const f = await readStaticFile(root, '/assets/index-abc123.js');
    expect([f.status, f.contentType, f.immutable, String(f.body)]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      true,
      'console.log(1)',
    ]);
  });

  it('never leaves the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/a%5c..%5csecret.txt',
    ]) {
      const f = await readStaticFile(root, path);
      expect(String(f.body)).not.toContain('do not serve');
      expect(f.status).toBeGreaterThanOrEqual(400);
    }
  });

  it('answers 404 for a missing asset and says how to build when the app is not built', async () => {
    expect((await readStaticFile(root, '/assets/missing.js')).status).toBe(404);
    const f = await readStaticFile(join(outside, 'nothing-here'), '/');
    expect(f.status).toBe(503);
    expect(String(f.body)).toContain('npm run build');
  });
});
