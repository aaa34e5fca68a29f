import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findBinary } from '../../../main/services/tunnel/find-binary.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ms-which-'));
  await writeFile(join(dir, 'cloudflared'), '#!/bin/sh\n');
  await chmod(join(dir, 'cloudflared'), 0o755);
  await writeFile(join(dir, 'not-exec'), '');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('findBinary', () => {
  it('finds an executable on PATH, skipping empty and relative entries', () => {
    expect(findBinary('cloudflared', `:relative:/nonexistent:${dir}`)).toBe(join(dir, 'cloudflared'));
  });

  it('returns undefined for a missing or non-executable file', () => {
    expect(findBinary('cloudflared', '/nonexistent')).toBeUndefined();
    expect(findBinary('not-exec', dir)).toBeUndefined();
    expect(findBinary(join(dir, 'not-exec'), undefined)).toBeUndefined();
  });

  it('takes a configured path as given', () => {
    expect(findBinary(join(dir, 'cloudflared'), '')).toBe(join(dir, 'cloudflared'));
  });
});
