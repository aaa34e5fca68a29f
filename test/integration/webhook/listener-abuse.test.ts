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

  it('survives 10,000 posts at once: every answer is 200 or 503, and every 200 is in the capture', async () => {
    h = await startHarness({ limits: { maxInFlight: 64 } });
    const agent = new Agent({ connections: 1000, pipelining: 1 });
    const total = 10_000;
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
});
