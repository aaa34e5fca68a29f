import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CaptureError } from '../../../main/services/captures/capture-error.ts';
import { openCaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import type { CaptureEntry } from '../../../main/services/captures/record-types.ts';
import { summarizeCapture } from '../../../main/services/captures/summarize-capture.ts';
import { sampleRequest, tempDir } from './fixtures.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

async function entries(path: string): Promise<CaptureEntry[]> {
  const out: CaptureEntry[] = [];
  for await (const e of readCapture(path)) out.push(e);
  return out;
}

describe('capture writer and reader', () => {
  it('gives back every body byte-exact, in order, after a session entry', async () => {
    const path = join(dir, 'a.mscap');
    const w = await openCaptureWriter(path, {
      session: { name: 'test', listenerUrl: 'http://127.0.0.1:1/[secret]' },
    });
    const inputs = [0, 1, 2, 3, 4].map((n) => sampleRequest(n, new Uint8Array([n, 0, 255, 0x0a, n])));
    const results = await Promise.all(inputs.map((i) => w.append(i)));
    await w.close();
    expect(results.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);

    const all = await entries(path);
    expect(all[0]).toMatchObject({ type: 'session', session: { name: 'test', firstSeq: 1 } });
    const records = all.flatMap((e) => (e.type === 'request' ? [e.record] : []));
    expect(records.map((r) => [...r.body])).toEqual(inputs.map((i) => [...i.body]));
    expect(records[2]).toMatchObject({ seq: 3, ms: inputs[2]?.ms, ns: inputs[2]?.ns, remotePort: 40_002 });
  });

  it('never stores Authorization credentials, only the scheme', async () => {
    const path = join(dir, 'a.mscap');
    const w = await openCaptureWriter(path, { session: { name: 't' } });
    await w.append(sampleRequest(1));
    await w.close();
    const bytes = await readFile(path);
    expect(bytes.includes('dXNlcjpwYXNz')).toBe(false);
    const record = (await entries(path)).find((e) => e.type === 'request');
    expect(record?.type === 'request' && record.record.headers).toContainEqual([
      'Authorization',
      'Basic [redacted]',
    ]);
  });

  it('continues numbering in a new session when the file is opened again', async () => {
    const path = join(dir, 'a.mscap');
    const first = await openCaptureWriter(path, { session: { name: 'one' } });
    await first.append(sampleRequest(1));
    await first.append(sampleRequest(2));
    await first.close();
    const second = await openCaptureWriter(path, { session: { name: 'two' } });
    expect(second.recovery).toEqual({ created: false, existingRecords: 2 });
    expect((await second.append(sampleRequest(3))).seq).toBe(3);
    await second.close();
    const summary = await summarizeCapture(path);
    expect(summary.sessions.map((s) => [s.name, s.firstSeq])).toEqual([
      ['one', 1],
      ['two', 3],
    ]);
    expect(summary.records).toBe(3);
  });

  it('summarizes records, time span, devices and decode errors without reading bodies', async () => {
    const path = join(dir, 'a.mscap');
    const w = await openCaptureWriter(path, { session: { name: 't' } });
    for (let n = 0; n < 6; n++) await w.append(sampleRequest(n));
    const bad = sampleRequest(6);
    bad.decoded = {
      decode: 'error',
      error: { code: 'truncated', offset: 3, message: 'x' },
      devices: [],
      itemCount: 0,
    };
    await w.append(bad);
    await w.close();
    const s = await summarizeCapture(path);
    expect(s).toMatchObject({ records: 7, firstSeq: 1, lastSeq: 7, decodeErrors: 1, issues: [] });
    expect(s.firstMs).toBe(1_700_000_000_000);
    expect(s.lastMs).toBe(1_700_000_006_000);
    expect(s.devices).toEqual([
      { id: '00000000-0000-0000-0000-000000000000', records: 2 },
      { id: '00000000-0000-0000-0000-000000000001', records: 2 },
      { id: '00000000-0000-0000-0000-000000000002', records: 2 },
    ]);
    expect(s.validEnd).toBe(s.bytes);
  });

  it('refuses a file that is not a capture, and does not touch it', async () => {
    const path = join(dir, 'notes.txt');
    await writeFile(path, 'my notes, not a capture at all');
    const error = await openCaptureWriter(path, { session: { name: 't' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CaptureError);
    expect((error as CaptureError).code).toBe('not-a-capture');
    expect(await readFile(path, 'utf8')).toBe('my notes, not a capture at all');
  });

  it('says a capture is missing instead of failing obscurely', async () => {
    const error = await summarizeCapture(join(dir, 'nope.mscap')).catch((e: unknown) => e);
    expect((error as CaptureError).code).toBe('capture-missing');
  });

  it('refuses a capture written by a newer format version', async () => {
    const path = join(dir, 'a.mscap');
    await (await openCaptureWriter(path, { session: { name: 't' } })).close();
    const bytes = await readFile(path);
    bytes.writeUInt16LE(9, 8);
    const { crc32 } = await import('node:zlib');
    bytes.writeUInt32LE(crc32(bytes.subarray(0, 12)), 12);
    await writeFile(path, bytes);
    const error = await summarizeCapture(path).catch((e: unknown) => e);
    expect((error as CaptureError).code).toBe('unsupported-version');
  });

  it('restarts a file a crash left with only part of its header', async () => {
    const path = join(dir, 'a.mscap');
    await (await openCaptureWriter(path, { session: { name: 't' } })).close();
    const header = (await readFile(path)).subarray(0, 5);
    await writeFile(path, header);
    const w = await openCaptureWriter(path, { session: { name: 'again' } });
    expect(w.recovery.created).toBe(true);
    await w.append(sampleRequest(1));
    await w.close();
    expect((await summarizeCapture(path)).records).toBe(1);
  });
});
