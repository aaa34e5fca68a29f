import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { summarizeCapture } from '../../../main/services/captures/index.ts';
import {
  startCapturedListener,
  type CapturedListener,
} from '../../../main/services/webhook/captured-listener.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';
import { EXAMPLE, send } from '../webhook/harness.ts';

let dir: string;
let cleanup: () => Promise<void>;
const running: CapturedListener[] = [];
beforeEach(async () => ({ dir, cleanup } = await tempDir()));
afterEach(async () => {
  for (const captured of running.splice(0)) await captured.close();
  await cleanup();
});

/** Resolves once the listener holds a request it has not answered yet (it waits for the capture file). */
async function requestWaiting(captured: CapturedListener): Promise<void> {
  while (captured.listener.stats().inFlight === 0) await nextTurn();
}

describe('the live listener with its capture file opened after it', () => {
  it('keeps a payload that arrived before the file was open, and answers it once it is on disk', async () => {
    const stored: { seq: number; bytes: number }[] = [];
    const captured = await startCapturedListener({
      onStored: (input, at) => stored.push({ seq: at.seq, bytes: input.body.length }),
    });
    running.push(captured);
    const answer = send(captured.listener.url, { body: EXAMPLE });
    await requestWaiting(captured);
    const path = join(dir, 'c.mscap');
    const writer = await captured.openCapture(path, { session: { name: 'test' } });
    expect(writer.path).toBe(path);
    expect((await answer).status).toBe(200);
    expect(stored).toEqual([{ seq: 1, bytes: EXAMPLE.length }]);
    await captured.close();
    expect((await summarizeCapture(path)).records).toBe(1);
  });

  it('refuses a payload whose file never opened when it stops, instead of hanging', async () => {
    const captured = await startCapturedListener({});
    running.push(captured);
    const answer = send(captured.listener.url, { body: EXAMPLE });
    await requestWaiting(captured);
    await captured.close();
    expect((await answer).status).toBe(503);
    expect(captured.listener.stats().storeFailures).toBe(1);
  });
});
