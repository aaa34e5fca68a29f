import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { App } from '../../../main/app.ts';
import { startWebHost, type WebHost } from '../../../main/web/web-host.ts';
import {
  createSocketClient,
  type SocketLike,
  type SocketState,
} from '../../../shared/contract/socket-client.ts';
import { webTestApp, type WebTestApp } from './web-test-app.ts';

let web: WebTestApp;
let dir: string;
let app: App;

beforeAll(async () => {
  web = await webTestApp({
    version: '0.0.0',
    indexHtml: '<!doctype html>',
    onInternalError: () => undefined,
  });
  ({ dir, app } = web);
});
afterAll(() => web.dispose());

/** Resolves when the transport reports `state`. */
function stateWatcher() {
  const waiters = new Map<SocketState, (() => void)[]>();
  return {
    onState: (state: SocketState) =>
      waiters
        .get(state)
        ?.splice(0)
        .forEach((w) => w()),
    next: (state: SocketState) =>
      new Promise<void>((resolve) => waiters.set(state, [...(waiters.get(state) ?? []), resolve])),
  };
}

describe("the renderer's WebSocket transport against the real browser host", () => {
  it('calls main, gets events, and heals by itself when the host comes back', async () => {
    const token = 'test-token-0123456789-abcdefghijklmnopqrstuv';
    let host: WebHost = await startWebHost({
      app,
      rendererDir: dir,
      token,
      onInternalError: () => undefined,
    });
    const port = host.port;
    const watch = stateWatcher();
    const transport = createSocketClient({
      url: `ws://127.0.0.1:${port}/contract?token=${token}`,
      onState: watch.onState,
      backoff: () => 1,
      connect: (url) => new WebSocket(url, { origin: `http://127.0.0.1:${port}` }) as unknown as SocketLike,
      schedule: (callback, ms) => void setTimeout(callback, ms),
    });
    try {
      // A call made before the socket is open waits for it.
      expect(await transport.invoke('app:info', {})).toMatchObject({ ok: true, data: { host: 'web' } });

      const closed = watch.next('closed');
      const settingsSaved = new Promise<void>((resolve) => {
        const off = transport.on('settings:changed', () => (off(), resolve()));
      });
      expect((await transport.invoke('settings:set', { theme: 'dark' })).ok).toBe(true);
      await settingsSaved;

      await host.close();
      await closed;
      const reopened = watch.next('open');
      host = await startWebHost({ app, rendererDir: dir, token, port, onInternalError: () => undefined });
      await reopened;
      expect(await transport.invoke('app:info', {})).toMatchObject({ ok: true });
    } finally {
      transport.close();
      await host.close();
    }
  });

  it('answers a call that was in flight when the connection dropped, instead of hanging', async () => {
    const token = 'test-token-zyxwvutsrqponmlkjihgfedcba-0123456789';
    const host = await startWebHost({ app, rendererDir: dir, token, onInternalError: () => undefined });
    const watch = stateWatcher();
    const opened = watch.next('open');
    const transport = createSocketClient({
      url: `ws://127.0.0.1:${host.port}/contract?token=${token}`,
      onState: watch.onState,
      backoff: () => 60_000,
      connect: (url) => new WebSocket(url, { origin: host.origin }) as unknown as SocketLike,
      schedule: (callback, ms) => void setTimeout(callback, ms),
    });
    await opened;
    // The host goes away right after the call was sent (close() terminates sockets synchronously, before
    // the server reads the call), so the answer can only come from the transport.
    const inFlight = transport.invoke('app:info', {});
    await host.close();
    expect(await inFlight).toMatchObject({ ok: false, error: { code: 'disconnected' } });
    transport.close();
  });
});
