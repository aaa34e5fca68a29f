import { describe, expect, it } from 'vitest';
import type { CaptureEntry, CaptureRecord } from '../../../main/services/captures/record-types.ts';
import type { PostOutcome } from '../../../main/services/replay/post-payload.ts';
import { parseSelection } from '../../../main/services/replay/record-filter.ts';
import { replayCapture, type ReplayResult } from '../../../main/services/replay/replay-capture.ts';

function record(seq: number, ms: number, ns = 0): CaptureRecord {
  return {
    seq,
    ms,
    ns,
    remote: '127.0.0.1',
    remotePort: 1,
    method: 'POST',
    headers: [['Content-Type', 'application/x-protobuf']],
    decode: 'ok',
    devices: [],
    itemCount: 0,
    body: new Uint8Array([seq]),
  };
}

async function* entries(records: CaptureRecord[]): AsyncGenerator<CaptureEntry> {
  yield { type: 'session', offset: 16, session: { name: 's', started: '', firstSeq: 1, tool: 't' } };
  for (const r of records) yield { type: 'request', offset: 0, record: r };
}

/** A virtual clock: sleeping advances it instantly, and every sleep is recorded. */
function virtualTime() {
  let now = 1000;
  const sleeps: number[] = [];
  return {
    sleeps,
    now: () => now,
    sleep: async (ms: number) => {
      sleeps.push(ms);
      now += ms;
    },
  };
}

describe('replay', () => {
  const records = [record(1, 50_000), record(2, 51_000), record(3, 51_500, 250_000), record(4, 54_000)];

  it('keeps the original gaps between requests (measured from the first), scaled by speed', async () => {
    const time = virtualTime();
    const sentAt: number[] = [];
    const post = async (): Promise<PostOutcome> => {
      sentAt.push(time.now());
      return { status: 200 };
    };
    const summary = await replayCapture(entries(records), {
      to: 'http://t',
      post,
      timing: 'original',
      ...time,
    });
    expect(time.sleeps).toEqual([1000, 500.25, 2499.75]);
    expect(sentAt.map((t) => t - 1000)).toEqual([0, 1000, 1500.25, 4000]);
    expect(summary).toEqual({ sent: 4, ok: 4, failed: 0 });

    const fast = virtualTime();
    await replayCapture(entries(records), { to: 'http://t', post, timing: 'original', speed: 2, ...fast });
    expect(fast.sleeps).toEqual([500, 250.125, 1249.875]);
  });

  it('sends without waiting in fast mode, only the selected records, with replay headers', async () => {
    const time = virtualTime();
    const seen: { body: number; headers: Record<string, string> }[] = [];
    const post = async (
      _url: string,
      body: Uint8Array,
      headers: Record<string, string>,
    ): Promise<PostOutcome> => {
      seen.push({ body: body[0] as number, headers });
      return { status: 200 };
    };
    await replayCapture(entries(records), {
      to: 'http://t',
      post,
      timing: 'fast',
      select: parseSelection('2-3'),
      headers: { authorization: 'Basic x' },
      ...time,
    });
    expect(time.sleeps).toEqual([]);
    expect(seen.map((s) => s.body).sort()).toEqual([2, 3]);
    expect(seen[0]?.headers).toMatchObject({
      'content-type': 'application/x-protobuf',
      'x-meterscope-replay': expect.stringMatching(/^[23]$/),
      authorization: 'Basic x',
    });
  });

  it('reports a dead target per request and does not throw, even when the sender itself throws', async () => {
    const results: ReplayResult[] = [];
    let n = 0;
    const post = async (): Promise<PostOutcome> => {
      n += 1;
      if (n === 2) throw new Error('sender bug');
      return n === 3 ? { status: 500 } : { error: 'ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)' };
    };
    const summary = await replayCapture(entries(records), {
      to: 'http://t',
      post,
      timing: 'fast',
      concurrency: 1,
      onResult: (r) => results.push(r),
      ...virtualTime(),
    });
    expect(summary).toEqual({ sent: 4, ok: 0, failed: 4 });
    expect(results.map((r) => r.outcome)).toEqual([
      { error: 'ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)' },
      { error: 'sender bug' },
      { status: 500 },
      { error: 'ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)' },
    ]);
  });

  it('stops when aborted', async () => {
    const controller = new AbortController();
    let sent = 0;
    const post = async (): Promise<PostOutcome> => {
      sent += 1;
      controller.abort();
      return { status: 200 };
    };
    const summary = await replayCapture(entries(records), {
      to: 'http://t',
      post,
      timing: 'fast',
      concurrency: 1,
      signal: controller.signal,
      ...virtualTime(),
    });
    expect(sent).toBe(1);
    expect(summary.sent).toBe(1);
  });
});
