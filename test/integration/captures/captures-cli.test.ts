import { readFile, truncate } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cli } from '../../helpers/cli.ts';
import { EXAMPLE, send, startHarness, type Harness } from '../webhook/harness.ts';

let h: Harness;
let dir: string;
beforeEach(async () => {
  h = await startHarness();
  for (let i = 0; i < 3; i++) await send(h.listener.url, { body: EXAMPLE });
  await send(h.listener.url, { body: 'plain text, not protobuf' });
  await h.listener.close();
  await h.writer.close();
  dir = join(h.path, '..');
});
afterEach(() => h.stop());

describe('meterscope captures', () => {
  it('info: records, devices, decode errors and a torn tail after a crash', async () => {
    const ok = await cli(['captures', 'info', h.path]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/Records\s+4 \(#1 to #4\)/);
    expect(ok.stdout).toMatch(/3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1\s+3 records/);
    expect(ok.stdout).toMatch(/Decode errors\s+1/);
    expect(ok.stdout).toMatch(/Torn tail\s+none/);
    const size = (await readFile(h.path)).length;
    await truncate(h.path, size - 5);
    const torn = await cli(['captures', 'info', h.path, '--json']);
    const summary = JSON.parse(torn.stdout) as { records: number; tornTail: { bytes: number } };
    expect(summary.records).toBe(3);
    expect(summary.tornTail.bytes).toBeGreaterThan(0);
    expect((await cli(['captures', 'info', h.path])).stdout).toMatch(
      /Torn tail\s+\d+ bytes at offset \d+ skipped/,
    );
  });

  it('export: NDJSON, CSV and HAR to standard output or a file', async () => {
    const ndjson = await cli(['captures', 'export', h.path, '--format', 'ndjson']);
    expect(
      ndjson.stdout
        .trim()
        .split('\n')
        .map((l) => (JSON.parse(l) as { type: string }).type),
    ).toEqual(['session', 'request', 'request', 'request', 'request']);
    const csv = await cli(['captures', 'export', h.path, '--format', 'csv']);
    expect(csv.stdout.split('\r\n').filter(Boolean)).toHaveLength(1 + 3 * 3);
    const out = join(dir, 'c.har');
    const har = await cli(['captures', 'export', h.path, '--format', 'har', '--out', out]);
    expect(har.stderr).toContain('Exported 4 records');
    expect(
      (JSON.parse(await readFile(out, 'utf8')) as { log: { entries: unknown[] } }).log.entries,
    ).toHaveLength(4);
    const again = await cli(['captures', 'export', h.path, '--format', 'har', '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`Cannot write ${out}: it already exists (exports never overwrite a file`);
    const nowhere = join(dir, 'no-such-folder', 'x.csv');
    expect((await cli(['captures', 'export', h.path, '--format', 'csv', '--out', nowhere])).stderr).toContain(
      `Cannot write ${nowhere}: its folder does not exist.`,
    );
    expect((await cli(['captures', 'export', h.path, '--format', 'xml'])).code).toBe(2);
  });

  it('import: an NDJSON export becomes the same capture again, byte for byte', async () => {
    const ndjson = join(dir, 'c.ndjson');
    expect((await cli(['captures', 'export', h.path, '--format', 'ndjson', '--out', ndjson])).code).toBe(0);
    const copy = join(dir, 'copy.mscap');
    const r = await cli(['captures', 'import', ndjson, '--out', copy]);
    expect(r.stdout).toContain('Imported 4 records (1 session)');
    expect((await readFile(copy)).equals(await readFile(h.path))).toBe(true);
  });

  it('list: the capture sessions of a folder; and plain errors for missing files', async () => {
    const list = await cli(['captures', 'list', dir]);
    expect(list.stdout).toContain(h.path);
    const missing = await cli(['captures', 'info', join(dir, 'nope.mscap')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No capture file at');
    expect((await cli(['captures', 'frobnicate'])).code).toBe(2);
  });
});
