import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { Agent, request } from 'undici';
import { bulkDecode } from '../../../main/services/captures/bulk-decode.ts';
import { openCaptureWriter, type CaptureWriter } from '../../../main/services/captures/capture-writer.ts';
import type { CaptureRecord } from '../../../main/services/captures/record-types.ts';
import { readCapture } from '../../../main/services/captures/read-capture.ts';
import type { Frame } from '../../../main/services/webhook/frame.ts';
import {
  startListener,
  type Listener,
  type ListenerOptions,
} from '../../../main/services/webhook/listener.ts';
import { tempDir } from '../../unit/captures/fixtures.ts';

export { EXAMPLE } from '../../unit/captures/fixtures.ts';

/** A listener on a fresh capture file with the real decoder, plus what a test needs to look at it. */
export interface Harness {
  listener: Listener;
  writer: CaptureWriter;
  path: string;
  frames: Frame[];
  /** Resolves when `n` frames in total have arrived. */
  framesReached(n: number): Promise<void>;
  records(): Promise<CaptureRecord[]>;
  stop(): Promise<void>;
}

/** Starts a listener the way the app does (crypto secret, system clock, shared decoder, real capture file). */
export async function startHarness(overrides: Partial<ListenerOptions> = {}): Promise<Harness> {
  const { dir, cleanup } = await tempDir();
  const path = join(dir, 'capture.mscap');
  const writer = await openCaptureWriter(path, { session: { name: 'test' } });
  const listener = await startListener({
    random: (n) => randomBytes(n),
    capture: writer,
    decode: bulkDecode,
    ...overrides,
  }).catch(async (e: unknown) => {
    await writer.close();
    await cleanup();
    throw e;
  });
  const frames: Frame[] = [];
  const waiters: { n: number; resolve: () => void }[] = [];
  listener.onFrame((f) => {
    frames.push(f);
    for (const w of waiters.filter((x) => frames.length >= x.n)) w.resolve();
  });
  return {
    listener,
    writer,
    path,
    frames,
    framesReached: (n) =>
      frames.length >= n ? Promise.resolve() : new Promise((resolve) => waiters.push({ n, resolve })),
    async records() {
      const out: CaptureRecord[] = [];
      for await (const e of readCapture(path)) if (e.type === 'request') out.push(e.record);
      return out;
    },
    async stop() {
      await listener.close();
      await writer.close();
      await cleanup();
    },
  };
}

/** One HTTP exchange as a client sees it. */
export interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  text: string;
}

/** Sends a request with undici on its own connection pool and reads the whole answer. */
export async function send(
  url: string,
  options: {
    method?: string;
    body?: Uint8Array | string;
    headers?: Record<string, string>;
    agent?: Agent;
  } = {},
): Promise<Answer> {
  const agent = options.agent ?? new Agent();
  try {
    const res = await request(url, {
      method: (options.method ?? 'POST') as 'POST',
      body: options.body,
      headers: options.headers,
      dispatcher: agent,
    });
    return { status: res.statusCode, headers: res.headers, text: await res.body.text() };
  } finally {
    if (!options.agent) await agent.close();
  }
}
