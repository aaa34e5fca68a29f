import { describe, expect, it } from 'vitest';
import {
  createTunnel,
  TunnelError,
  tunnelFailure,
  type ProviderContext,
  type TunnelCorePorts,
  type TunnelLogLine,
} from '../../../main/services/tunnel/index.ts';
import { flush, ManualSleep } from './manual-sleep.ts';

/** A provider the test drives by hand: it exposes its context and records whether it was stopped. */
function handProvider() {
  const p = {
    ctx: undefined as ProviderContext | undefined,
    stopped: 0,
    provider: async (ctx: ProviderContext) => {
      p.ctx = ctx;
      return { stop: async () => void p.stopped++, hint: () => 'hand hint', verifyTimeoutMs: 5000 };
    },
  };
  return p;
}

function ports(time: ManualSleep, over: Partial<TunnelCorePorts> = {}) {
  const arrivals = new Map<string, () => void>();
  const core: TunnelCorePorts = {
    localPort: 4000,
    secretPath: '/SeCrEt',
    expectProbe: (token) => new Promise<void>((resolve) => arrivals.set(token, resolve)),
    post: async () => ({ status: 200 }),
    sleep: time.sleep,
    randomToken: () => 'tok-0123456789abcdef',
    ...over,
  };
  return { core, arrive: (token = 'tok-0123456789abcdef') => arrivals.get(token)?.() };
}

describe('createTunnel', () => {
  it('reports url-assigned with the hook URL, and verified only after the probe arrived', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const { core, arrive } = ports(time);
    const tunnel = createTunnel({ kind: 'url', url: 'x' }, hand.provider, core);
    const seen: string[] = [];
    tunnel.onState((s) => seen.push(s.status));
    await flush();
    hand.ctx?.urlAssigned('https://pub.example/');
    expect(tunnel.state).toEqual({
      status: 'url-assigned',
      url: 'https://pub.example/',
      hookUrl: 'https://pub.example/SeCrEt',
    });
    await flush();
    expect(tunnel.state.status).toBe('url-assigned'); // the POST answered 200, but the listener has not seen it
    arrive();
    await tunnel.waitFor('verified');
    tunnel.frameReceived();
    expect(seen).toEqual(['url-assigned', 'verified', 'receiving']);
    await tunnel.stop();
    expect(hand.stopped).toBe(1);
    expect(tunnel.state.status).toBe('stopped');
  });

  it('fails and stops the provider when it reports its own death', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const tunnel = createTunnel({ kind: 'cloudflared' }, hand.provider, ports(time).core);
    await flush();
    hand.ctx?.failed(
      tunnelFailure('rate-limited', 'Cloudflare refused (429).', 'status_code="429 Too Many Requests"'),
    );
    await expect(tunnel.waitFor('verified')).rejects.toBeInstanceOf(TunnelError);
    expect(tunnel.state).toMatchObject({ status: 'failed', failure: { code: 'rate-limited' } });
    await flush();
    expect(hand.stopped).toBe(1);
    expect(hand.ctx?.signal.aborted).toBe(true);
  });

  it('fails when the provider cannot start at all, keeping its error code', async () => {
    const time = new ManualSleep();
    const tunnel = createTunnel(
      { kind: 'cloudflared' },
      async () => {
        throw new TunnelError(tunnelFailure('binary-not-found', 'cloudflared was not found on PATH.'));
      },
      ports(time).core,
    );
    await expect(tunnel.waitFor('url-assigned')).rejects.toMatchObject({ code: 'binary-not-found' });
    expect(tunnel.history.map((s) => s.status)).toEqual(['starting', 'failed']);
  });

  it('fails with no-url when the provider never reports a URL, and leaves no timer behind', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const tunnel = createTunnel(
      { kind: 'cloudflared' },
      hand.provider,
      ports(time, { urlTimeoutMs: 30_000 }).core,
    );
    await flush();
    await time.advance(30_000);
    expect(tunnel.state).toMatchObject({ status: 'failed', failure: { code: 'no-url' } });
    expect(time.waiting).toBe(0);
  });

  it('uses the provider hint and time limit when the probe never arrives', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const tunnel = createTunnel({ kind: 'ssh', target: 'h' }, hand.provider, ports(time).core);
    await flush();
    hand.ctx?.urlAssigned('http://h:8080');
    await time.advance(5000);
    const state = tunnel.state;
    expect(state).toMatchObject({
      status: 'failed',
      url: 'http://h:8080',
      failure: { code: 'not-verified' },
    });
    expect(state.status === 'failed' && state.failure.message).toContain('within 5 s');
    expect(state.status === 'failed' && state.failure.message).toContain('hand hint');
  });

  it('stops a provider that finishes starting after stop() was called', async () => {
    const time = new ManualSleep();
    let release: () => void = () => undefined;
    let stopped = false;
    const tunnel = createTunnel(
      { kind: 'cloudflared' },
      async () => {
        await new Promise<void>((r) => (release = r));
        return { stop: async () => void (stopped = true) };
      },
      ports(time).core,
    );
    await flush();
    await tunnel.stop();
    release();
    await flush();
    expect(stopped).toBe(true);
    expect(tunnel.state.status).toBe('stopped');
  });

  it('redacts the ngrok authtoken from every log line', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const tunnel = createTunnel(
      { kind: 'ngrok', authtoken: '2abcSECRETtoken' },
      hand.provider,
      ports(time).core,
    );
    const lines: TunnelLogLine[] = [];
    tunnel.onLog((l) => lines.push(l));
    await flush();
    hand.ctx?.log('Your authtoken: 2abcSECRETtoken is invalid');
    expect(lines).toEqual([{ source: 'ngrok', text: 'Your authtoken: [redacted] is invalid' }]);
    await tunnel.stop();
  });

  it('rejects a wait for verified when the tunnel is stopped first', async () => {
    const time = new ManualSleep();
    const hand = handProvider();
    const tunnel = createTunnel({ kind: 'url', url: 'x' }, hand.provider, ports(time).core);
    const waiting = tunnel.waitFor('verified');
    await tunnel.stop();
    await expect(waiting).rejects.toMatchObject({ code: 'stopped' });
  });
});
