import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openCaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import type { CaptureEntry } from '../../../main/services/captures/record-types.ts';
import { summarizeCapture } from '../../../main/services/captures/summarize-capture.ts';
import { sampleRequest, tempDir } from './fixtures.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

describe('streaming capture reader', () => {
  it('reads a capture much larger than its chunk with a buffer bounded by chunk and largest record', async () => {
    const path = join(dir, 'big.mscap');
    const w = await openCaptureWriter(path, { session: { name: 'big' } });
    const body = new Uint8Array(20_000).fill(7);
    const largest = new Uint8Array(300_000).fill(9);
    const writes: Promise<unknown>[] = [];
    for (let n = 0; n < 1000; n++) writes.push(w.append(sampleRequest(n, n === 500 ? largest : body)));
    await Promise.all(writes);
    await w.close();

    let highWater = 0;
    let count = 0;
    let bytes = 0;
    const chunkSize = 64 * 1024;
    for await (const e of readCapture(path, { chunkSize, onDone: (s) => (highWater = s.highWater) })) {
      if (e.type !== 'request') continue;
      count += 1;
      bytes += e.record.body.length;
      expect(e.record.body.at(-1)).toBe(e.record.seq === 501 ? 9 : 7);
    }
    expect(count).toBe(1000);
    expect(bytes).toBe(999 * 20_000 + 300_000);
    expect(highWater).toBeLessThanOrEqual(Math.max(chunkSize, 300_000 + 2048));
  });

  it('skips a damaged record in the middle, says where, and reads the records after it', async () => {
    const path = join(dir, 'a.mscap');
    const w = await openCaptureWriter(path, { session: { name: 't' } });
    const offsets: number[] = [];
    for (let n = 1; n <= 3; n++) offsets.push((await w.append(sampleRequest(n))).offset);
    await w.close();
    const bytes = await readFile(path);
    const damagedAt = offsets[1] as number;
    bytes[damagedAt + 30] = (bytes[damagedAt + 30] as number) ^ 0xff;
    await writeFile(path, bytes);

    const all: CaptureEntry[] = [];
    for await (const e of readCapture(path)) all.push(e);
    const seqs = all.flatMap((e) => (e.type === 'request' ? [e.record.seq] : []));
    expect(seqs).toEqual([1, 3]);
    expect(all).toContainEqual({
      type: 'issue',
      issue: expect.objectContaining({ kind: 'corrupt-record', offset: damagedAt }),
    });
    const summary = await summarizeCapture(path, { verifyAll: true });
    expect(summary.records).toBe(2);
    expect(summary.issues).toHaveLength(1);
  });
});
