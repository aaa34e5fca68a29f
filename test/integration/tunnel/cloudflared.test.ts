import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { spawnChild } from '../../../main/services/tunnel/child-process.ts';
import { startTunnel, type ChildHandle, type Tunnel } from '../../../main/services/tunnel/index.ts';
import { postThroughFakeEdge, sendThroughFakeEdge } from './helpers/edge-post.ts';
import { EXAMPLE_PAYLOAD, startTunnelTarget } from './helpers/real-listener.ts';
import { processGone } from './helpers/process-gone.ts';

const FAKE = fileURLToPath(new URL('../../fixtures/fake-cloudflared/cloudflared', import.meta.url));
const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

/** A listener stand-in, a temp dir for the fake edge socket, and a tunnel whose child we can inspect. */
async function setUp(scenario: string, extra: { verifyTimeoutMs?: number; binary?: string } = {}) {
  const listener = await startTunnelTarget();
  cleanup.push(() => listener.close());
  const dir = await mkdtemp(join(tmpdir(), 'ms-cf-'));
  cleanup.push(() => rm(dir, { recursive: true, force: true }));
  const socket = join(dir, 'edge.sock');
  const children: ChildHandle[] = [];
  const tunnel: Tunnel = startTunnel(
    { kind: 'cloudflared', binary: extra.binary ?? FAKE },
    {
      localPort: listener.port,
      secretPath: listener.secretPath,
      expectProbe: listener.listener.expectProbe,
      post: postThroughFakeEdge(socket),
      env: { ...process.env, FAKE_CLOUDFLARED_SCENARIO: scenario, FAKE_CLOUDFLARED_EDGE_SOCKET: socket },
      spawn: (cmd, args, env) => {
        const child = spawnChild(cmd, args, env);
        children.push(child);
        return child;
      },
      ...(extra.verifyTimeoutMs ? { verifyTimeoutMs: extra.verifyTimeoutMs } : {}),
    },
  );
  cleanup.push(() => tunnel.stop());
  return { listener, tunnel, children, socket };
}

function socketRefuses(path: string): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect(path);
    s.once('connect', () => (s.destroy(), resolve(false)));
    s.once('error', () => resolve(true));
  });
}

describe('cloudflared quick tunnel (fake cloudflared printing the real output format)', () => {
  it('goes url-assigned with the trycloudflare URL, verified once the probe came through, then receiving', async () => {
    const { tunnel, listener, socket } = await setUp('quick-tunnel');
    const assigned = await tunnel.waitFor('url-assigned');
    expect(assigned).toMatchObject({ url: expect.stringMatching(/^https:\/\/[a-z-]+\.trycloudflare\.com$/) });
    const verified = await tunnel.waitFor('verified');
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'verified']);

    const frame = listener.nextFrame();
    const hookUrl = verified.status === 'verified' ? verified.hookUrl : '';
    expect((await sendThroughFakeEdge(socket, hookUrl, {}, EXAMPLE_PAYLOAD)).status).toBe(200);
    expect((await frame).items[0]?.values[0]?.obis).toBe('1-0:1.8.0*255');
    tunnel.frameReceived();
    expect(tunnel.state.status).toBe('receiving');
  });

  it('kills cloudflared on stop and its public side stops answering', async () => {
    const { tunnel, children, socket } = await setUp('quick-tunnel');
    await tunnel.waitFor('verified');
    const pid = children[0]?.pid;
    expect(processGone(pid)).toBe(false);
    await tunnel.stop();
    expect(tunnel.state.status).toBe('stopped');
    expect(processGone(pid)).toBe(true);
    expect(await socketRefuses(socket)).toBe(true);
  });

  it('fails with cloudflared’s own 429 error when Cloudflare rate-limits quick tunnels', async () => {
    const { tunnel } = await setUp('rate-limited');
    const error = await tunnel.waitFor('url-assigned').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'rate-limited' });
    const state = tunnel.state;
    if (state.status !== 'failed') throw new Error(`expected failed, got ${state.status}`);
    expect(state.failure.message).toContain('429 Too Many Requests');
    expect(state.failure.detail).toContain('status_code="429 Too Many Requests"');
    expect(state.failure.detail).toContain('failed to unmarshal quick Tunnel');
  });

  it('says trycloudflare.com is unreachable when cloudflared cannot request a tunnel', async () => {
    const { tunnel } = await setUp('unreachable');
    await expect(tunnel.waitFor('url-assigned')).rejects.toMatchObject({ code: 'quick-tunnel-unreachable' });
  });

  it('reports cloudflared’s edge connection error when the URL never carries the probe', async () => {
    const { tunnel, children } = await setUp('edge-blocked', { verifyTimeoutMs: 1500 });
    await tunnel.waitFor('url-assigned');
    const error = await tunnel.waitFor('verified').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'not-verified' });
    expect((error as Error).message).toContain('nothing arrived through it');
    expect((error as Error).message).toContain('failed to dial to edge with quic');
    await children[0]?.exited; // a failed tunnel does not leave cloudflared running
    expect(processGone(children[0]?.pid)).toBe(true);
  });

  it('says where to get cloudflared when the binary is missing', async () => {
    const { tunnel } = await setUp('quick-tunnel', { binary: '/nonexistent/cloudflared' });
    await expect(tunnel.waitFor('url-assigned')).rejects.toMatchObject({
      code: 'binary-not-found',
      message: expect.stringContaining('/nonexistent/cloudflared'),
    });
  });
});
