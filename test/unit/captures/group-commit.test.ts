import { open, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaptureError } from '../../../main/services/captures/capture-error.ts';
import { GroupCommitLog, type AppendableFile } from '../../../main/services/captures/group-commit.ts';
import { tempDir } from './fixtures.ts';

let dir: string;
let cleanup: () => Promise<void>;
let handle: FileHandle;
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
  handle = await open(join(dir, 'log'), 'w+');
});
afterEach(async () => {
  await handle.close();
  await cleanup();
});

/** A real file that records each write and sync, and can be told to fail. */
function watched(file: FileHandle) {
  const events: string[] = [];
  const faults = {
    writev: undefined as Error | undefined,
    truncate: undefined as Error | undefined,
    datasync: undefined as Error | undefined,
  };
  let syncGate: Promise<void> = Promise.resolve();
  let wrote!: () => void;
  const firstWrite = new Promise<void>((resolve) => (wrote = resolve));
  const port: AppendableFile = {
    async writev(buffers, position) {
      events.push(`write:${buffers.length}`);
      if (faults.writev) throw faults.writev;
      const result = await file.writev(buffers, position);
      wrote();
      return result;
    },
    async datasync() {
      await syncGate;
      events.push('sync');
      if (faults.datasync) throw faults.datasync;
      return file.datasync();
    },
    async truncate(length) {
      events.push(`truncate:${length}`);
      if (faults.truncate) throw faults.truncate;
      return file.truncate(length);
    },
  };
  return { port, events, faults, firstWrite, holdSyncs: (gate: Promise<void>) => (syncGate = gate) };
}

describe('group commit', () => {
  it('batches concurrent appends into few write+sync pairs, resolving each only after its sync', async () => {
    const { port, events } = watched(handle);
    const log = new GroupCommitLog(port, 0);
    const resolvedAfter: number[] = [];
    const appends = Array.from({ length: 100 }, (_, i) =>
      log.append(Buffer.from(`record ${i};`)).then((offset) => {
        resolvedAfter.push(events.filter((e) => e === 'sync').length);
        return offset;
      }),
    );
    const offsets = await Promise.all(appends);
    const syncs = events.filter((e) => e === 'sync').length;
    expect(syncs).toBeLessThanOrEqual(3);
    expect(resolvedAfter.every((n) => n >= 1)).toBe(true);
    const text = await readFile(join(dir, 'log'), 'utf8');
    expect(text).toBe(Array.from({ length: 100 }, (_, i) => `record ${i};`).join(''));
    expect(offsets[1]).toBe('record 0;'.length);
  });

  it('rejects a failed batch, cuts it off again, and keeps accepting after the disk recovers', async () => {
    const { port, faults } = watched(handle);
    const log = new GroupCommitLog(port, 0);
    await log.append(Buffer.from('kept;'));
    faults.writev = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    const failed = await log.append(Buffer.from('lost;')).catch((e: CaptureError) => e);
    expect(failed).toMatchObject({ code: 'write-failed' });
    expect((failed as Error).message).toContain('no space left on device');
    faults.writev = undefined;
    await log.append(Buffer.from('after;'));
    expect(await readFile(join(dir, 'log'), 'utf8')).toBe('kept;after;');
  });

  it('stops accepting when a failed write cannot even be cut off', async () => {
    const { port, faults } = watched(handle);
    const log = new GroupCommitLog(port, 0);
    faults.writev = new Error('I/O error');
    faults.truncate = new Error('I/O error');
    await expect(log.append(Buffer.from('x'))).rejects.toMatchObject({ code: 'store-broken' });
    faults.writev = undefined;
    await expect(log.append(Buffer.from('y'))).rejects.toMatchObject({ code: 'store-broken' });
  });

  it('finishes pending appends on close and refuses new ones', async () => {
    const log = new GroupCommitLog(handle, 0);
    const pending = log.append(Buffer.from('last words'));
    await log.close();
    await expect(pending).resolves.toBe(0);
    await expect(log.append(Buffer.from('late'))).rejects.toMatchObject({ code: 'store-closed' });
  });

  it('writes a batch larger than the batch limit in several writes, still in order', async () => {
    const { port, events } = watched(handle);
    const log = new GroupCommitLog(port, 0, { maxBatchBytes: 10, maxBatchRecords: 2 });
    await Promise.all(['aaaa', 'bbbb', 'cccc', 'dddd', 'eeee'].map((s) => log.append(Buffer.from(s))));
    expect(events.filter((e) => e.startsWith('write')).length).toBeGreaterThanOrEqual(3);
    expect(await readFile(join(dir, 'log'), 'utf8')).toBe('aaaabbbbccccddddeeee');
  });

  it('acknowledges nothing before an fdatasync has returned, even though the bytes are written', async () => {
    const { port, firstWrite, holdSyncs } = watched(handle);
    let open!: () => void;
    holdSyncs(new Promise<void>((resolve) => (open = resolve)));
    const log = new GroupCommitLog(port, 0);
    let resolved = 0;
    const appends = ['a;', 'b;', 'c;'].map((s) => log.append(Buffer.from(s)).then(() => (resolved += 1)));
    await firstWrite;
    expect(await readFile(join(dir, 'log'), 'utf8')).not.toBe('');
    expect(resolved).toBe(0);
    open();
    await Promise.all(appends);
    expect(resolved).toBe(3);
  });

  it('stops accepting after a failed fdatasync (the page cache can no longer be trusted)', async () => {
    const { port, faults } = watched(handle);
    const log = new GroupCommitLog(port, 0);
    faults.datasync = new Error('EIO');
    await expect(log.append(Buffer.from('x'))).rejects.toMatchObject({ code: 'store-broken' });
    faults.datasync = undefined;
    await expect(log.append(Buffer.from('y'))).rejects.toMatchObject({ code: 'store-broken' });
  });
});
