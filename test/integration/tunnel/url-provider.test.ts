import { afterEach, describe, expect, it } from 'vitest';
import { startTunnel, type Tunnel } from '../../../main/services/tunnel/index.ts';
import { postFrame } from './helpers/post-frame.ts';
import { EXAMPLE_PAYLOAD, startTunnelTarget, type TunnelTarget } from './helpers/real-listener.ts';
import { startReverseProxy } from './helpers/reverse-proxy.ts';

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function listener(): Promise<TunnelTarget> {
  const l = await startTunnelTarget();
  cleanup.push(() => l.close());
  return l;
}

function track(t: Tunnel): Tunnel {
  cleanup.push(() => t.stop());
  return t;
}

describe('url tunnel (a public URL the user already has)', () => {
  it('is verified only after the probe came through the reverse proxy, then carries real frames', async () => {
    const l = await listener();
    const proxy = await startReverseProxy(`http://127.0.0.1:${l.port}`);
    cleanup.push(() => proxy.close());
    const tunnel = track(
      startTunnel(
        { kind: 'url', url: `${proxy.url}/` },
        { localPort: l.port, secretPath: l.secretPath, expectProbe: l.listener.expectProbe },
      ),
    );

    const verified = await tunnel.waitFor('verified');
    expect(verified).toMatchObject({
      status: 'verified',
      url: proxy.url,
      hookUrl: `${proxy.url}${l.secretPath}`,
    });
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'verified']);
    expect(proxy.forwarded()).toBeGreaterThan(0); // the probe really came through the proxy

    const frame = l.nextFrame();
    expect(await postFrame(verified.status === 'verified' ? verified.hookUrl : '', EXAMPLE_PAYLOAD)).toBe(
      200,
    );
    expect((await frame).items[0]?.deviceId).toBe('3bd0fce9-9f8e-4183-b3d1-0c1622a22ca1');
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
        {
          localPort: l.port,
          secretPath: l.secretPath,
          expectProbe: l.listener.expectProbe,
          verifyTimeoutMs: 1500,
        },
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
        { localPort: l.port, secretPath: l.secretPath, expectProbe: l.listener.expectProbe },
      ),
    );
    await expect(tunnel.waitFor('url-assigned')).rejects.toMatchObject({ code: 'bad-spec' });
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'failed']);
  });
});
