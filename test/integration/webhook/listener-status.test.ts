import { Readable } from 'node:stream';
import { bulkDecode } from '../../../main/services/captures/bulk-decode.ts';
import type { DecodePayload } from '../../../main/services/captures/decode-summary.ts';
import { decodeDeviceDataArray } from '../../unit/captures/decoder.ts';
import { columnValue } from '../../../shared/realtime/index.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EXAMPLE, send, startHarness, type Harness } from './harness.ts';

let h: Harness;
afterEach(() => h.stop());

describe('webhook listener: accepted payloads', () => {
  beforeEach(async () => (h = await startHarness()));

  it('answers 200 only once the body is in the capture, then emits the decoded frame', async () => {
    const answer = await send(h.listener.url, {
      body: EXAMPLE,
      headers: { 'content-type': 'application/octet-stream' },
    });
    expect(answer.status).toBe(200);
    const records = await h.records();
    expect(records).toHaveLength(1);
    expect(Buffer.from(records[0]?.body ?? []).equals(EXAMPLE)).toBe(true);
    expect(records[0]).toMatchObject({
      seq: 1,
      decode: 'ok',
      devices: ['3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1'],
    });
    await h.framesReached(1);
    const frame = h.frames[0];
    expect(frame?.status).toBe('ok');
    expect(frame?.items[0]?.values.map((v) => [v.obis, v.value])).toEqual([
      ['1-0:1.8.0*255', 1879583.2],
      ['1-0:2.8.0*255', 0],
      ['1-0:1.7.0*255', 24.19],
    ]);
  });

  it('keeps garbage bytes with the decode error and its byte offset, and still answers 200', async () => {
    const garbage = Buffer.from([0x0a, 0x5a, 0x0a, 0x12, 0x09, 0xff, 0xff]);
    expect((await send(h.listener.url, { body: garbage })).status).toBe(200);
    const [record] = await h.records();
    expect(Buffer.from(record?.body ?? []).equals(garbage)).toBe(true);
    expect(record?.decode).toBe('error');
    expect(record?.error?.offset).toBeGreaterThan(0);
    await h.framesReached(1);
    expect(h.frames[0]).toMatchObject({ status: 'error', error: { offset: record?.error?.offset } });
  });

  it('decodes what smart-me sends once, to columns, and builds the same items only when asked', async () => {
    await h.stop();
    let fullDecodes = 0;
    const decode: DecodePayload = Object.assign(
      (bytes: Uint8Array) => {
        fullDecodes += 1;
        return bulkDecode(bytes);
      },
      { columns: bulkDecode.columns },
    );
    h = await startHarness({ decode });
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
    await h.framesReached(1);
    const frame = h.frames[0]!;
    expect(fullDecodes).toBe(0);
    expect([0, 1, 2].map((k) => columnValue(frame.columns!, 0, k))).toEqual([1879583.2, 0, 24.19]);
    expect(frame.items).toEqual(bulkDecode(EXAMPLE).items);
    // A copy of the frame, or its JSON, still carries the items.
    expect({ ...frame }.items[0]?.values[0]).toMatchObject({ obis: '1-0:1.8.0*255', value: 1879583.2 });
    expect(JSON.parse(JSON.stringify({ ...frame, body: undefined })).decoded.items).toHaveLength(1);
    expect((await h.records())[0]).toMatchObject({ decode: 'ok', itemCount: 1 });
  });

  it('with a decoder that has no columns path, decodes fully before the append and stores the same status', async () => {
    await h.stop();
    h = await startHarness({ decode: (bytes) => decodeDeviceDataArray(bytes, { spans: false }) });
    const garbage = Buffer.from([0x0a, 0x05, 0x0a]);
    expect((await send(h.listener.url, { body: EXAMPLE })).status).toBe(200);
    expect((await send(h.listener.url, { body: garbage })).status).toBe(200);
    await h.framesReached(2);
    expect((await h.records()).map((r) => [r.decode, r.itemCount])).toEqual([
      ['ok', 1],
      ['error', 0],
    ]);
    expect(h.frames.map((f) => [f.status, f.items.length])).toEqual([
      ['ok', 1],
      ['error', 0],
    ]);
  });

  it('accepts any content type and an empty body', async () => {
    expect(
      (await send(h.listener.url, { body: EXAMPLE, headers: { 'content-type': 'text/plain' } })).status,
    ).toBe(200);
    expect((await send(h.listener.url, { body: '' })).status).toBe(200);
    expect(await h.records()).toHaveLength(2);
  });
});

describe('webhook listener: refusals', () => {
  beforeEach(async () => (h = await startHarness({ limits: { maxBodyBytes: 1024 } })));

  it('answers 404 for any path but the secret one, and captures nothing', async () => {
    const base = `http://127.0.0.1:${h.listener.port}`;
    for (const path of ['/', '/webhook', `/${h.listener.secret.slice(0, -1)}`, `/${h.listener.secret}/x`]) {
      expect((await send(base + path, { body: EXAMPLE })).status, path).toBe(404);
    }
    expect(await h.records()).toEqual([]);
  });

  it('answers 405 with Allow: POST for other methods on the secret path', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const answer = await send(h.listener.url, { method });
      expect(answer.status).toBe(405);
      expect(answer.headers.allow).toBe('POST');
    }
  });

  it('answers 413 for a body over the limit, announced or not, and captures nothing', async () => {
    const big = Buffer.alloc(5000, 1);
    expect((await send(h.listener.url, { body: big })).status).toBe(413);
    const chunked = (async function* () {
      for (let i = 0; i < 5; i++) yield Buffer.alloc(1000, 2);
    })();
    const { request } = await import('undici');
    const res = await request(h.listener.url, { method: 'POST', body: Readable.from(chunked) });
    expect(res.statusCode).toBe(413);
    await res.body.dump();
    expect(await h.records()).toEqual([]);
    expect((await send(h.listener.url, { body: Buffer.alloc(1024, 3) })).status).toBe(200);
  });
});

describe('webhook listener: Basic auth', () => {
  beforeEach(async () => (h = await startHarness({ basicAuth: { username: 'cloud', password: 's3cr:et' } })));
  const basic = (u: string, p: string) => `Basic ${Buffer.from(`${u}:${p}`).toString('base64')}`;

  it('answers 401 with a Basic challenge for missing or wrong credentials', async () => {
    for (const authorization of [undefined, basic('cloud', 'wrong'), basic('other', 's3cr:et'), 'Bearer x']) {
      const headers: Record<string, string> = authorization ? { authorization } : {};
      const answer = await send(h.listener.url, { body: EXAMPLE, headers });
      expect(answer.status).toBe(401);
      expect(answer.headers['www-authenticate']).toMatch(/^Basic realm=/);
    }
    expect(await h.records()).toEqual([]);
  });

  it('accepts the registration credentials and stores them redacted', async () => {
    const answer = await send(h.listener.url, {
      body: EXAMPLE,
      headers: { authorization: basic('cloud', 's3cr:et') },
    });
    expect(answer.status).toBe(200);
    const [record] = await h.records();
    expect(record?.headers.find(([n]) => n.toLowerCase() === 'authorization')?.[1]).toBe('Basic [redacted]');
  });
});
