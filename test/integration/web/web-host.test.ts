import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { decodeSocketMessage, encodeSocketMessage } from '../../../shared/contract/socket-protocol.ts';
import type { SocketMessage } from '../../../shared/contract/socket-protocol.ts';
import type { App } from '../../../main/app.ts';
import { startWebHost, type WebHost } from '../../../main/web/web-host.ts';
import { vendorItem } from '../../helpers/vendor-item.ts';
import { webTestApp, type WebTestApp } from './web-test-app.ts';

let web: WebTestApp;
let app: App;
let host: WebHost;
const internalErrors: unknown[] = [];

beforeAll(async () => {
  web = await webTestApp({
    version: '9.9.9',
    indexHtml: '<!doctype html><title>Meterscope</title>',
    secretStore: {
      get: async () => undefined,
      set: async () => undefined,
      delete: async () => undefined,
      describe: () => ({ kind: 'memory', encrypted: false, label: 'In memory only', reason: 'memory' }),
    },
    onInternalError: (e) => internalErrors.push(e),
  });
  app = web.app;
  host = await startWebHost({ app, rendererDir: web.dir, onInternalError: (e) => internalErrors.push(e) });
});
afterAll(async () => {
  await host.close();
  await web.dispose();
});

/** A GET with chosen headers, as a browser or an attacker's page would send it. */
function get(
  path: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

/** Opens a contract socket; resolves the open socket, or the HTTP status the handshake was refused with. */
function connect(options: {
  token?: string;
  host?: string;
  origin?: string | null;
}): Promise<WebSocket | number> {
  const token = options.token ?? host.token;
  const headers: Record<string, string> = { host: options.host ?? `127.0.0.1:${host.port}` };
  if (options.origin !== null) headers.origin = options.origin ?? host.origin;
  const ws = new WebSocket(
    `ws://127.0.0.1:${host.port}${host.socketPath}?token=${encodeURIComponent(token)}`,
    {
      headers,
    },
  );
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.once('error', reject);
  });
}

/** A tiny contract client over the socket, collecting events. */
function client(ws: WebSocket) {
  let nextId = 1;
  const waiting = new Map<number, (envelope: unknown) => void>();
  const events: { name: string; payload: unknown }[] = [];
  const eventWaiters: (() => void)[] = [];
  ws.on('message', (data) => {
    const m = decodeSocketMessage(String(data)) as SocketMessage;
    if (m.type === 'result') waiting.get(m.id)?.(m.envelope);
    if (m.type === 'event') {
      events.push({ name: m.name, payload: m.payload });
      eventWaiters.splice(0).forEach((w) => w());
    }
  });
  return {
    events,
    call(
      name: string,
      payload?: unknown,
    ): Promise<{ ok: boolean; data?: unknown; error?: { code: string; message: string } }> {
      const id = nextId++;
      ws.send(encodeSocketMessage({ type: 'call', id, name, payload }));
      return new Promise((resolve) => waiting.set(id, resolve as (e: unknown) => void));
    },
    async nextEvent(name: string) {
      for (;;) {
        const found = events.find((e) => e.name === name);
        if (found) return found.payload;
        await new Promise<void>((r) => eventWaiters.push(r));
      }
    },
  };
}

describe('browser host over HTTP', () => {
  it('serves the app with a strict CSP and security headers', async () => {
    const r = await get('/', { host: `127.0.0.1:${host.port}` });
    expect(r.status).toBe(200);
    expect(r.body).toContain('<title>Meterscope</title>');
    expect(r.headers['content-security-policy']).toContain("default-src 'none'");
    expect(r.headers['content-security-policy']).toContain("script-src 'self'");
    expect(r.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['x-frame-options']).toBe('DENY');
  });

  it('refuses a wrong Host header (DNS rebinding)', async () => {
    const r = await get('/', { host: `rebind.example:${host.port}` });
    expect(r.status).toBe(421);
  });

  it('refuses requests made by another web page', async () => {
    expect((await get('/', { host: `127.0.0.1:${host.port}`, origin: 'https://evil.example' })).status).toBe(
      403,
    );
    expect((await get('/', { host: `localhost:${host.port}`, 'sec-fetch-site': 'cross-site' })).status).toBe(
      403,
    );
  });

  it('prints a URL that carries the token only in its fragment', () => {
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/#token=${host.token}`);
    expect(host.token.length).toBeGreaterThanOrEqual(43);
  });
});

describe('browser host contract socket', () => {
  it('refuses a handshake without the token or with a wrong one', async () => {
    expect(await connect({ token: '' })).toBe(401);
    expect(await connect({ token: `${host.token.slice(0, -1)}x` })).toBe(401);
  });

  it('refuses a handshake with a wrong Host header even with the right token', async () => {
    expect(await connect({ host: `rebind.example:${host.port}` })).toBe(421);
  });

  it('refuses a handshake from another origin or with no Origin, even with the right token', async () => {
    expect(await connect({ origin: 'https://evil.example' })).toBe(403);
    expect(await connect({ origin: `http://127.0.0.1:${host.port + 1}` })).toBe(403);
    expect(await connect({ origin: null })).toBe(403);
  });

  it('serves calls to a good client and pushes events to it', async () => {
    const ws = (await connect({})) as WebSocket;
    const c = client(ws);
    const info = await c.call('app:info', {});
    expect(info).toEqual({
      ok: true,
      data: {
        version: '9.9.9',
        host: 'web',
        tokenStorage: { kind: 'memory', encrypted: false, label: 'In memory only', reason: 'memory' },
        demo: null,
      },
    });
    const saved = await c.call('settings:set', { theme: 'dark' });
    expect(saved.ok).toBe(true);
    expect(await c.nextEvent('settings:changed')).toMatchObject({ settings: { theme: 'dark' } });
    ws.close();
  });

  it('answers bad input and unknown calls with errors, and keeps the socket open after garbage', async () => {
    const ws = (await connect({ origin: `http://localhost:${host.port}` })) as WebSocket;
    const c = client(ws);
    ws.send('{this is not json');
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await c.call('settings:set', { theme: 'purple' })).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('theme') },
    });
    expect(await c.call('shell:exec', { cmd: 'rm -rf /' })).toMatchObject({
      ok: false,
      error: { code: 'unknown-call' },
    });
    expect((await c.call('app:info')).ok).toBe(true);
    ws.close();
  });

  it('delivers live frames in batches, with the doubles meters send kept exact', async () => {
    const ws = (await connect({})) as WebSocket;
    const c = client(ws);
    await c.call('app:info', {}); // the socket is subscribed once a call has round-tripped
    const item = vendorItem([{ obis: '1-0:1.8.0*255', obisHex: '0100010800FF', value: NaN }]);
    for (let seq = 0; seq < 5; seq++) {
      app.publishFrame({
        seq,
        receivedAt: '2026-01-01T00:00:00.000Z',
        remote: '127.0.0.1',
        byteLength: 92,
        status: 'ok',
        items: [item],
      });
    }
    const seen: number[] = [];
    while (seen.length < 5) {
      const batch = (await c.nextEvent('live:frames')) as {
        frames: { seq: number; items: (typeof item)[] }[];
      };
      c.events.splice(
        c.events.findIndex((e) => e.name === 'live:frames'),
        1,
      );
      for (const f of batch.frames) {
        seen.push(f.seq);
        expect(Number.isNaN(f.items[0]!.values[0]!.value)).toBe(true);
      }
    }
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    ws.close();
  });

  it('closes only the socket that sends an oversized message; the host keeps serving', async () => {
    const ws = (await connect({})) as WebSocket;
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.on('error', () => undefined);
    ws.send('x'.repeat(41 * 1024 * 1024));
    expect(await closed).toBe(1009);
    const again = client((await connect({})) as WebSocket);
    expect((await again.call('app:info', {})).ok).toBe(true);
  });
});
