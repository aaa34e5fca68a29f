import { constants } from 'node:fs';
import { copyFile, open, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  openCaptureWriter,
  type CaptureWriterOptions,
} from '../../../main/services/captures/capture-writer.ts';
import { DIRECT_BLOCK } from '../../../main/services/captures/direct-file.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import { summarizeCapture } from '../../../main/services/captures/summarize-capture.ts';
import { sampleRequest, tempDir } from '../../unit/captures/fixtures.ts';

let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(() => cleanup());

/** Whether the temporary folder's file system takes O_DIRECT writes (Linux ext4 and xfs do; tmpfs does not). */
async function takesDirectWrites(folder: string): Promise<boolean> {
  if (constants.O_DIRECT === undefined) return false;
  const path = join(folder, 'probe');
  await (await open(path, 'w')).close();
  const handle = await open(path, constants.O_RDWR | constants.O_DIRECT).catch(() => undefined);
  if (!handle) return false;
  try {
    const aligned = Buffer.from(new WebAssembly.Memory({ initial: 1 }).buffer, 0, DIRECT_BLOCK);
    await handle.write(aligned, 0, DIRECT_BLOCK, 0);
    return true;
  } catch {
    return false;
  } finally {
    await handle.close();
  }
}

const SESSION: CaptureWriterOptions = {
  session: { name: 'direct' },
  now: () => new Date(Date.UTC(2026, 10, 27)),
};

/** Bodies of many sizes: a few bytes, across block boundaries, and larger than a whole batch. */
function bodies(): Uint8Array[] {
  const sizes = [1, 7, 4090, 4096, 4097, 100, 20_000, 3, 65_536, 12_345, 1, 9_000];
  return sizes.map((n, i) => Uint8Array.from({ length: n }, (_, k) => (k * 31 + i) & 0xff));
}

async function writeAll(path: string, options: Partial<CaptureWriterOptions>, closeAtEnd = true) {
  const w = await openCaptureWriter(path, { ...SESSION, maxBatchBytes: 16_384, ...options });
  const list = bodies();
  // Half appended one at a time, half at once (batches of several records, one bigger than a batch).
  for (const [n, body] of list.slice(0, 6).entries()) await w.append(sampleRequest(n + 1, body));
  await Promise.all(list.slice(6).map((body, n) => w.append(sampleRequest(n + 7, body))));
  if (closeAtEnd) await w.close();
  return w;
}

async function requestBodies(path: string): Promise<string[]> {
  const out: string[] = [];
  for await (const e of readCapture(path))
    if (e.type === 'request') out.push(Buffer.from(e.record.body).toString('hex'));
  return out;
}

describe('direct (O_DIRECT) appends', () => {
  it('write exactly the file buffered appends write, and end on the last record when closed', async (ctx) => {
    if (!(await takesDirectWrites(dir))) ctx.skip('this file system does not take O_DIRECT writes');
    const direct = join(dir, 'direct.mscap');
    const buffered = join(dir, 'buffered.mscap');
    expect((await writeAll(direct, {})).appendMode).toBe('direct');
    expect((await writeAll(buffered, { direct: false })).appendMode).toBe('dsync');
    expect((await readFile(direct)).equals(await readFile(buffered))).toBe(true);
    expect(await requestBodies(direct)).toEqual(bodies().map((b) => Buffer.from(b).toString('hex')));
  });

  it('leave a file that reads whole while it is open, and after a crash opens with nothing torn', async (ctx) => {
    if (!(await takesDirectWrites(dir))) ctx.skip('this file system does not take O_DIRECT writes');
    const path = join(dir, 'open.mscap');
    const w = await writeAll(path, {}, false);
    // As a crash leaves it: up to one block of zeros after the last record.
    const crashed = join(dir, 'crashed.mscap');
    await copyFile(path, crashed);
    await w.close();
    const padded = (await stat(crashed)).size;
    const whole = (await stat(path)).size;
    expect(padded % DIRECT_BLOCK).toBe(0);
    expect(padded - whole).toBeLessThan(DIRECT_BLOCK);

    const summary = await summarizeCapture(crashed, { verifyAll: true });
    expect(summary.issues).toEqual([]);
    expect(summary.records).toBe(bodies().length);
    expect(summary.validEnd).toBe(whole);

    const again = await openCaptureWriter(crashed, { ...SESSION, session: { name: 'after the crash' } });
    expect(again.recovery.tornTail).toBeUndefined();
    expect((await again.append(sampleRequest(99, new Uint8Array([1, 2, 3])))).seq).toBe(bodies().length + 1);
    await again.close();
    const after = await summarizeCapture(crashed, { verifyAll: true });
    expect(after.issues).toEqual([]);
    expect(after.records).toBe(bodies().length + 1);
    expect(after.validEnd).toBe((await stat(crashed)).size);
  });
});
