import { connect, type Socket } from 'node:net';
import { Agent } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE, send, startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.stop());

/** Opens a raw connection and resolves with everything the server sent once it closes the connection. */
function rawClient(port: number): { socket: Socket; closed: Promise<string>; connected: Promise<void> } {
  const socket = connect(port, '127.0.0.1');
  let received = '';
  socket.setEncoding('latin1').on('data', (d: string) => (received += d));
  const closed = new Promise<string>((resolve) => socket.on('close', () => resolve(received)));
  const connected = new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  socket.on('error', () => undefined);
  return { socket, closed, connected };
}

describe('webhook listener under abuse', () => {
  it('answers 413 to a 2 MiB body at the default 1 MiB limit, and the client sees the 413', async () => {
    h = await startHarness();
    const answer = await send(h.listener.url, { body: Buffer.alloc(2 * 1024 * 1024, 7) });
    expect(answer.status).toBe(413);
    expect(answer.text).toContain('1048576');
    expect(await h.records()).toEqual([]);
  });

  it('drops a client that never finishes its headers, while serving others meanwhile', async () => {
    h = await startHarness({ limits: { headersTimeoutMs: 200, requestTimeoutMs: 400 } });
    const slow = rawClient(h.listener.port);
    await slow.connected;
    slow.socket.write(`POST /${h.listener.secret} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Le`);
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
    const received = await slow.closed;
    expect(received === '' || received.startsWith('HTTP/1.1 408')).toBe(true);
    expect((await h.records()).map((r) => r.seq)).toEqual([1]);
  });

  it('answers 408 to a body that stalls, keeps nothing of it, and keeps serving others', async () => {
    h = await startHarness({ limits: { bodyIdleTimeoutMs: 200 } });
    const slow = rawClient(h.listener.port);
    await slow.connected;
    slow.socket.write(
      `POST /${h.listener.secret} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n\r\n${'x'.repeat(10)}`,
    );
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
    expect(await slow.closed).toMatch(/^HTTP\/1\.1 408 /);
    expect((await h.records()).length).toBe(1);
    expect(h.listener.stats().inFlight).toBe(0);
  });

  it('answers a flood with only 200 or 503 + Retry-After, and every 200 is in the capture', async () => {
    h = await startHarness({ limits: { maxInFlight: 16 } });
    const agent = new Agent({ connections: 500, pipelining: 1 });
    const total = 3000;
    const answers = await Promise.all(
      Array.from({ length: total }, (_, i) =>
        send(h.listener.url, { body: `payload-${i}`, agent }).then(
          (a) => ({ i, status: a.status, retry: a.headers['retry-after'] }),
          (e: Error) => ({ i, status: -1, error: e.message }),
        ),
      ),
    );
    await agent.close();
    const ok = answers.filter((a) => a.status === 200).map((a) => `payload-${a.i}`);
    const busy = answers.filter((a) => a.status === 503);
    expect(ok.length + busy.length).toBe(total);
    expect(busy.every((a) => 'retry' in a && a.retry === '1')).toBe(true);
    expect(ok.length).toBeGreaterThan(0);
    const captured = new Set((await h.records()).map((r) => Buffer.from(r.body).toString()));
    expect(ok.filter((body) => !captured.has(body))).toEqual([]);
    expect(captured.size).toBe(ok.length);
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
  });

  it('answers 503 + Retry-After beyond its in-flight cap, and serves again once work drains', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let calls = 0;
    let fourHeld!: () => void;
    const held = new Promise<void>((resolve) => (fourHeld = resolve));
    h = await startHarness({ limits: { maxInFlight: 4 } });
    const realAppend = h.writer.append.bind(h.writer);
    const slow = await startHarness({
      limits: { maxInFlight: 4 },
      capture: {
        append: async (input) => {
          if (++calls === 4) fourHeld();
          await gate;
          return realAppend(input);
        },
      },
    });
    try {
      const first = [1, 2, 3, 4].map((i) => send(slow.listener.url, { body: `held-${i}` }));
      await held;
      const refused = await send(slow.listener.url, { body: 'one too many' });
      expect(refused.status).toBe(503);
      expect(refused.headers['retry-after']).toBe('1');
      release();
      expect((await Promise.all(first)).map((a) => a.status)).toEqual([200, 200, 200, 200]);
      expect((await send(slow.listener.url, { body: 'after' })).status).toBe(200);
      expect((await h.records()).map((r) => Buffer.from(r.body).toString()).sort()).toEqual([
        'after',
        'held-1',
        'held-2',
        'held-3',
        'held-4',
      ]);
    } finally {
      await slow.stop();
    }
  });
});
