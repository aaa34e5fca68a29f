import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import { summarizeCapture } from '../../../main/services/captures/summarize-capture.ts';
import { sampleRequest, tempDir } from '../../unit/captures/fixtures.ts';

let dir: string;
let cleanup: () => Promise<void>;
let whole: Buffer;
let lastRecordAt: number;
const RECORDS = 4;

beforeAll(async () => {
  ({ dir, cleanup } = await tempDir());
  const path = join(dir, 'whole.mscap');
  const w = await openCaptureWriter(path, { session: { name: 'crash' } });
  for (let n = 1; n <= RECORDS; n++) lastRecordAt = (await w.append(sampleRequest(n))).offset;
  await w.close();
  whole = await readFile(path);
});
afterAll(() => cleanup());

async function seqsAndBodies(path: string): Promise<{ seqs: number[]; bodies: string[] }> {
  const seqs: number[] = [];
  const bodies: string[] = [];
  for await (const e of readCapture(path)) {
    if (e.type !== 'request') continue;
    seqs.push(e.record.seq);
    bodies.push(Buffer.from(e.record.body).toString('hex'));
  }
  return { seqs, bodies };
}

describe('a capture cut off by a crash', () => {
  it('opens at every cut inside the last record, reports the torn tail and keeps every earlier record', async () => {
    const expected = [1, 2, 3].map((n) => Buffer.from(sampleRequest(n).body).toString('hex'));
    for (let cut = lastRecordAt + 1; cut < whole.length; cut++) {
      const path = join(dir, `cut-${cut}.mscap`);
      await writeFile(path, whole.subarray(0, cut));
      const summary = await summarizeCapture(path);
      expect(summary.records, `cut at ${cut}`).toBe(RECORDS - 1);
      expect(summary.tornTail, `cut at ${cut}`).toMatchObject({
        offset: lastRecordAt,
        bytes: cut - lastRecordAt,
      });
      expect(summary.validEnd).toBe(lastRecordAt);
      const read = await seqsAndBodies(path);
      expect(read.seqs).toEqual([1, 2, 3]);
      expect(read.bodies).toEqual(expected);
    }
  });

  it('reports nothing torn when the cut falls exactly between records', async () => {
    const path = join(dir, 'cut-between.mscap');
    await writeFile(path, whole.subarray(0, lastRecordAt));
    const summary = await summarizeCapture(path);
    expect(summary.tornTail).toBeUndefined();
    expect(summary.records).toBe(RECORDS - 1);
  });

  it('appends after a torn tail: the tail is cut off and numbering goes on from the last whole record', async () => {
    for (let cut = lastRecordAt + 1; cut < whole.length; cut += 7) {
      const path = join(dir, `append-${cut}.mscap`);
      await writeFile(path, whole.subarray(0, cut));
      const w = await openCaptureWriter(path, { session: { name: 'after crash' } });
      expect(w.recovery.tornTail?.offset).toBe(lastRecordAt);
      const { seq } = await w.append(sampleRequest(99));
      await w.close();
      expect(seq).toBe(RECORDS);
      const summary = await summarizeCapture(path, { verifyAll: true });
      expect(summary.issues).toEqual([]);
      expect((await seqsAndBodies(path)).seqs).toEqual([1, 2, 3, 4]);
    }
  });

  it('reads a tail of fewer than 4096 zeros as the padding of direct appends: nothing torn, nothing lost', async () => {
    for (const zeros of [1, 12, 4095]) {
      const path = join(dir, `padding-${zeros}.mscap`);
      await writeFile(path, Buffer.concat([whole, Buffer.alloc(zeros)]));
      const summary = await summarizeCapture(path, { verifyAll: true });
      expect(summary.issues, `${zeros} zeros`).toEqual([]);
      expect(summary.records).toBe(RECORDS);
      expect(summary.validEnd).toBe(whole.length);
      const w = await openCaptureWriter(path, { session: { name: 'after padding' } });
      expect(w.recovery.tornTail).toBeUndefined();
      await w.append(sampleRequest(99));
      await w.close();
      expect((await seqsAndBodies(path)).seqs).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it('treats a tail of zeros (a file system that grew the file but lost the data) as torn', async () => {
    const path = join(dir, 'zeros.mscap');
    await writeFile(path, Buffer.concat([whole.subarray(0, lastRecordAt), Buffer.alloc(4096)]));
    const summary = await summarizeCapture(path);
    expect(summary.tornTail).toMatchObject({ offset: lastRecordAt, bytes: 4096 });
    expect(summary.records).toBe(RECORDS - 1);
  });
});
