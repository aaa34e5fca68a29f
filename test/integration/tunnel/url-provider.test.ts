import { afterEach, describe, expect, it } from 'vitest';
import { startTunnel, type Tunnel } from '../../../main/services/tunnel/index.ts';
import { startListenerStandIn, type ListenerStandIn } from './helpers/listener-stand-in.ts';
import { startReverseProxy } from './helpers/reverse-proxy.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function listener(): Promise<ListenerStandIn> {
  const l = await startListenerStandIn();
  cleanup.push(() => l.close());
  return l;
}

function track(t: Tunnel): Tunnel {
  cleanup.push(() => t.stop());
  return t;
}

describe('url tunnel (a public URL the user already has)', () => {
  it('is verified only after the probe came through the reverse proxy, then receives frames', async () => {
    const l = await listener();
    const proxy = await startReverseProxy(`http://127.0.0.1:${l.port}`);
    cleanup.push(() => proxy.close());
    const tunnel = track(
      startTunnel(
        { kind: 'url', url: `${proxy.url}/` },
        { localPort: l.port, secretPath: l.secretPath, expectProbe: l.expectProbe },
      ),
    );

    const verified = await tunnel.waitFor('verified');
    expect(verified).toMatchObject({
      status: 'verified',
      url: proxy.url,
      hookUrl: `${proxy.url}${l.secretPath}`,
    });
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'verified']);
    const probe = l.requests.find((r) => typeof r.headers['x-meterscope-probe'] === 'string');
    expect(probe?.headers['x-forwarded-proto']).toBe('https'); // it really came through the proxy

    tunnel.frameReceived();
    expect(tunnel.state.status).toBe('receiving');
    await tunnel.stop();
    expect(tunnel.state.status).toBe('stopped');
  });

  it('fails with a clear cause when the URL answers 200 but is not this listener', async () => {
    const l = await listener();
    const impostor = await startReverseProxy(undefined);
    cleanup.push(() => impostor.close());
    const tunnel = track(
      startTunnel(
        { kind: 'url', url: impostor.url },
        { localPort: l.port, secretPath: l.secretPath, expectProbe: l.expectProbe, verifyTimeoutMs: 1500 },
      ),
    );

    await expect(tunnel.waitFor('verified')).rejects.toMatchObject({ code: 'not-verified' });
    const state = tunnel.state;
    expect(state.status).toBe('failed');
    if (state.status !== 'failed') return;
    expect(state.failure.message).toContain('The tunnel gave a URL but nothing arrived through it');
    expect(state.failure.message).toContain('last probe: HTTP 200');
    expect(tunnel.history.map((s) => s.status)).not.toContain('verified');
  });

  it('refuses a URL with a query string before trying anything', async () => {
    const l = await listener();
    const tunnel = track(
      startTunnel(
        { kind: 'url', url: 'https://hooks.example.com/?x=1' },
        { localPort: l.port, secretPath: l.secretPath, expectProbe: l.expectProbe },
      ),
    );
    await expect(tunnel.waitFor('url-assigned')).rejects.toMatchObject({ code: 'bad-spec' });
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'failed']);
  });
});
