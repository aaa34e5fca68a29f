import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { spawnChild } from '../../../main/services/tunnel/child-process.ts';
import { startTunnel, type ChildHandle, type SshTunnelSpec } from '../../../main/services/tunnel/index.ts';
import { postFrame } from './helpers/post-frame.ts';
import { EXAMPLE_PAYLOAD, startTunnelTarget } from './helpers/real-listener.ts';
import { processGone } from './helpers/process-gone.ts';
import { startSshd, type SshdFixture } from './helpers/sshd-fixture.ts';

let sshd: SshdFixture;
beforeAll(async () => {
  sshd = await startSshd();
});
afterAll(async () => {
  await sshd?.stop();
});

const cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const fn of cleanup.splice(0).reverse()) await fn();
});

async function setUp(overrides: Partial<SshTunnelSpec> = {}) {
  const listener = await startTunnelTarget();
  cleanup.push(() => listener.close());
  const children: ChildHandle[] = [];
  const spec: SshTunnelSpec = {
    kind: 'ssh',
    target: `${sshd.user}@127.0.0.1`,
    port: sshd.port,
    remoteBind: '127.0.0.1',
    identityFile: sshd.identityFile,
    knownHostsFile: sshd.knownHostsFile,
    ...overrides,
  };
  const tunnel = startTunnel(spec, {
    localPort: listener.port,
    secretPath: listener.secretPath,
    expectProbe: listener.listener.expectProbe,
    spawn: (cmd, args, env) => {
      const child = spawnChild(cmd, args, env);
      children.push(child);
      return child;
    },
  });
  cleanup.push(() => tunnel.stop());
  return { tunnel, listener, children };
}

describe('ssh -R tunnel against a real sshd on 127.0.0.1', () => {
  it('is verified through the server-allocated remote port, and ssh is gone after stop', async () => {
    const { tunnel, children, listener } = await setUp();
    const assigned = await tunnel.waitFor('url-assigned');
    if (assigned.status !== 'url-assigned') throw new Error('no url');
    expect(assigned.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const remotePort = Number(new URL(assigned.url).port);
    expect(remotePort).not.toBe(sshd.port);

    const verified = await tunnel.waitFor('verified');
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'url-assigned', 'verified']);
    const frame = listener.nextFrame();
    expect(await postFrame(verified.status === 'verified' ? verified.hookUrl : '', EXAMPLE_PAYLOAD)).toBe(
      200,
    );
    expect((await frame).status).toBe('ok');

    const pid = children[0]?.pid;
    expect(processGone(pid)).toBe(false);
    await tunnel.stop();
    expect(tunnel.state.status).toBe('stopped');
    expect(processGone(pid)).toBe(true);
  });

  it('fails with “refused the login” when the key is not authorized', async () => {
    const { tunnel } = await setUp({ identityFile: sshd.wrongIdentityFile });
    const error = await tunnel.waitFor('url-assigned').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'ssh-auth' });
    const state = tunnel.state;
    if (state.status !== 'failed') throw new Error(`expected failed, got ${state.status}`);
    expect(state.failure.detail).toContain('Permission denied (publickey)');
  });

  it('fails with ssh-forward-failed when the remote port is already taken', async () => {
    const first = await setUp();
    const assigned = await first.tunnel.waitFor('url-assigned');
    if (assigned.status !== 'url-assigned') throw new Error('no url');
    const taken = Number(new URL(assigned.url).port);
    const second = await setUp({ remotePort: taken });
    await expect(second.tunnel.waitFor('url-assigned')).rejects.toMatchObject({ code: 'ssh-forward-failed' });
  });
});
