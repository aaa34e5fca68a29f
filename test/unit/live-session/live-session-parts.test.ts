import { describe, expect, it } from 'vitest';
import { NGROK_AUTHTOKEN_SECRET } from '../../../main/app-secrets.ts';
import { FrameRing } from '../../../main/services/live-session/frame-ring.ts';
import { idleLiveState, tunnelStateView } from '../../../main/services/live-session/state-view.ts';
import { tunnelSpecFor } from '../../../main/services/live-session/tunnel-spec.ts';
import { createMemorySecretStore } from '../../../main/services/secrets/memory-store.ts';

const SECRET = 'AbCdEfGhIjKlMnOpQrStUv';

describe('the tunnel form as a tunnel spec', () => {
  it('reaches the listener itself for "none", proved by the same self-probe', async () => {
    const spec = await tunnelSpecFor({ kind: 'none' }, 4242, createMemorySecretStore(), {});
    expect(spec).toEqual({ kind: 'url', url: 'http://127.0.0.1:4242' });
  });

  it('keeps an ngrok authtoken typed once, and uses the kept one next time', async () => {
    const secrets = createMemorySecretStore();
    const typed = await tunnelSpecFor({ kind: 'ngrok', authtoken: 'tok-1', domain: '' }, 1, secrets, {});
    expect(typed).toEqual({ kind: 'ngrok', authtoken: 'tok-1' });
    expect(await secrets.get(NGROK_AUTHTOKEN_SECRET)).toBe('tok-1');
    const kept = await tunnelSpecFor({ kind: 'ngrok', authtoken: '', domain: 'x.ngrok.app' }, 1, secrets, {});
    expect(kept).toEqual({ kind: 'ngrok', authtoken: 'tok-1', domain: 'x.ngrok.app' });
  });

  it('says where to get an ngrok authtoken when there is none', async () => {
    const none = tunnelSpecFor(
      { kind: 'ngrok', authtoken: '', domain: '' },
      1,
      createMemorySecretStore(),
      {},
    );
    await expect(none).rejects.toMatchObject({ code: 'ngrok-authtoken-missing' });
    const fromEnv = await tunnelSpecFor(
      { kind: 'ngrok', authtoken: '', domain: '' },
      1,
      createMemorySecretStore(),
      {
        NGROK_AUTHTOKEN: 'env-tok',
      },
    );
    expect(fromEnv).toMatchObject({ authtoken: 'env-tok' });
  });

  it('passes ssh targets and ports through', async () => {
    const spec = await tunnelSpecFor(
      { kind: 'ssh', target: 'me@example.org', port: 2222, remotePort: 8080 },
      1,
      createMemorySecretStore(),
      {},
    );
    expect(spec).toEqual({ kind: 'ssh', target: 'me@example.org', port: 2222, remotePort: 8080 });
  });
});

describe('the tunnel state as the view shows it', () => {
  it('never shows the secret path, and keeps the failure', () => {
    const hookUrl = `https://abc.trycloudflare.com/${SECRET}`;
    expect(tunnelStateView({ status: 'verified', url: 'https://abc.trycloudflare.com', hookUrl })).toEqual({
      status: 'verified',
      url: 'https://abc.trycloudflare.com',
      hookUrl: 'https://abc.trycloudflare.com/[secret]',
      failure: null,
    });
    const failure = { code: 'not-verified' as const, message: 'no probe', detail: 'timeout' };
    expect(tunnelStateView({ status: 'failed', failure })).toMatchObject({
      status: 'failed',
      url: null,
      failure,
    });
    expect(idleLiveState().status).toBe('idle');
  });
});

describe('the recent frames kept for the detail view', () => {
  const entry = (seq: number, size: number) => ({
    seq,
    ms: 0,
    remote: '',
    headers: [],
    body: new Uint8Array(size),
  });

  it('keeps the newest frames within the count and byte bounds', () => {
    const ring = new FrameRing(3, 100);
    for (let seq = 0; seq < 5; seq++) ring.add(entry(seq, 10));
    expect([ring.get(1), ring.get(2)?.seq, ring.get(4)?.seq, ring.size]).toEqual([undefined, 2, 4, 3]);
    ring.add(entry(5, 95));
    expect([ring.get(4), ring.get(5)?.seq, ring.size]).toEqual([undefined, 5, 1]);
  });
});
