import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { startListener } from '../../../main/services/webhook/listener.ts';
import { EXAMPLE, send, startHarness, type Harness } from './harness.ts';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('tunnel self-probe', () => {
  it('resolves expectProbe when the probe arrives, answers 200 and captures no frame', async () => {
    h = await startHarness({ basicAuth: { username: 'u', password: 'p' } });
    const token = randomBytes(16).toString('base64url');
    const arrived = h.listener.expectProbe(token);
    const answer = await send(h.listener.url, { body: 'probe', headers: { 'x-meterscope-probe': token } });
    expect(answer.status).toBe(200);
    await arrived;
    expect(await h.records()).toEqual([]);
    expect(h.frames).toEqual([]);
    expect(h.listener.stats().probes).toBe(1);
  });

  it('treats a probe header with an unknown token as an ordinary request', async () => {
    h = await startHarness();
    const answer = await send(h.listener.url, {
      body: EXAMPLE,
      headers: { 'x-meterscope-probe': 'x'.repeat(22) },
    });
    expect(answer.status).toBe(200);
    const [record] = await h.records();
    expect(record?.headers).toContainEqual(['x-meterscope-probe', '[redacted]']);
  });

  it('does not accept a probe on a wrong path', async () => {
    h = await startHarness();
    const token = randomBytes(16).toString('base64url');
    const controller = new AbortController();
    const arrived = h.listener.expectProbe(token, { signal: controller.signal });
    const wrong = `http://127.0.0.1:${h.listener.port}/elsewhere`;
    expect((await send(wrong, { headers: { 'x-meterscope-probe': token } })).status).toBe(404);
    controller.abort(new Error('gave up'));
    await expect(arrived).rejects.toThrow('gave up');
  });

  it('rejects a waiting probe when the listener closes', async () => {
    h = await startHarness();
    const arrived = h.listener.expectProbe(randomBytes(16).toString('base64url'));
    await h.listener.close();
    await expect(arrived).rejects.toThrow('closed');
  });
});

describe('listener lifecycle and failures', () => {
  it('answers 503 with Retry-After when the capture cannot be written, and stays up', async () => {
    const errors: Error[] = [];
    let fail = true;
    const listener = await startListener({
      random: (n) => randomBytes(n),
      decode: () => ({ items: [], warnings: [], unknownFields: [], spans: [] }),
      capture: {
        append: async () => {
          if (fail) throw new Error('disk full');
          return { seq: 1 };
        },
      },
      onError: (e) => errors.push(e),
    });
    try {
      const answer = await send(listener.url, { body: EXAMPLE });
      expect(answer.status).toBe(503);
      expect(answer.headers['retry-after']).toBe('5');
      expect(errors.map((e) => e.message)).toEqual(['disk full']);
      fail = false;
      expect((await send(listener.url, { body: EXAMPLE })).status).toBe(200);
    } finally {
      await listener.close();
    }
  });

  it('keeps the URL when restarted with the same secret, and refuses a weak secret', async () => {
    h = await startHarness();
    const { secret } = h.listener;
    await h.stop();
    h = await startHarness({ secret });
    expect(h.listener.url.endsWith(`/${secret}`)).toBe(true);
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
    await expect(startHarness({ secret: 'short' })).rejects.toThrow('128 bits');
  });

  it('uses 128 random bits for the secret path segment', async () => {
    h = await startHarness({ random: (n) => new Uint8Array(n).fill(0xfb) });
    expect(h.listener.secret).toBe(Buffer.alloc(16, 0xfb).toString('base64url'));
    expect(h.listener.url).toBe(`http://127.0.0.1:${h.listener.port}/${h.listener.secret}`);
  });
});
