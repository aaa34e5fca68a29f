import { describe, expect, it } from 'vitest';
import {
  PROBE_HEADER,
  verifyThroughTunnel,
  type ProbePost,
  type VerifyOptions,
} from '../../../main/services/tunnel/verify.ts';
import { flush, ManualSleep } from './manual-sleep.ts';

/** A listener side the test controls: which tokens were asked for, and "the probe arrived now". */
function probeSide() {
  const asked: string[] = [];
  let arrive: (() => void) | undefined;
  return {
    asked,
    expectProbe: (token: string) => {
      asked.push(token);
      return new Promise<void>((resolve) => (arrive = resolve));
    },
    arrive: () => arrive?.(),
  };
}

function options(
  over: Partial<VerifyOptions> & Pick<VerifyOptions, 'post' | 'expectProbe' | 'sleep'>,
): VerifyOptions {
  return {
    hookUrl: 'https://t.example/secret-path',
    token: 'token-0123456789abcdef',
    timeoutMs: 10_000,
    signal: new AbortController().signal,
    ...over,
  };
}

describe('verifyThroughTunnel', () => {
  it('sends the probe header to the hook URL and succeeds only when the listener saw it', async () => {
    const side = probeSide();
    const time = new ManualSleep();
    const sent: { url: string; headers: Record<string, string> }[] = [];
    const post: ProbePost = async (url, headers) => {
      sent.push({ url, headers });
      return { status: 200 };
    };
    let done = false;
    const verifying = verifyThroughTunnel(
      options({ post, expectProbe: side.expectProbe, sleep: time.sleep }),
    ).then(() => (done = true));
    await flush();
    expect(sent[0]).toEqual({
      url: 'https://t.example/secret-path',
      headers: { [PROBE_HEADER]: 'token-0123456789abcdef' },
    });
    expect(done).toBe(false); // an HTTP 200 alone proves nothing
    side.arrive();
    await verifying;
    expect(side.asked).toEqual(['token-0123456789abcdef']);
  });

  it('retries with growing pauses while the tunnel is not reachable yet', async () => {
    const side = probeSide();
    const time = new ManualSleep();
    let attempts = 0;
    const post: ProbePost = async () => {
      attempts++;
      if (attempts < 3)
        throw Object.assign(new Error('getaddrinfo ENOTFOUND t.example'), { code: 'ENOTFOUND' });
      side.arrive();
      return { status: 200 };
    };
    const verifying = verifyThroughTunnel(
      options({ post, expectProbe: side.expectProbe, sleep: time.sleep }),
    );
    await flush();
    expect(attempts).toBe(1);
    await time.advance(250);
    expect(attempts).toBe(2);
    await time.advance(250);
    expect(attempts).toBe(2); // second pause is longer
    await time.advance(250);
    expect(attempts).toBe(3);
    await verifying;
  });

  it('fails after the time limit with the last attempt and the provider hint', async () => {
    const side = probeSide();
    const time = new ManualSleep();
    const post: ProbePost = async () => ({ status: 530 });
    const verifying = verifyThroughTunnel(
      options({
        post,
        expectProbe: side.expectProbe,
        sleep: time.sleep,
        hint: () => 'Port 7844 may be blocked.',
      }),
    ).catch((e: unknown) => e);
    await time.advance(10_000);
    const error = await verifying;
    expect(error).toMatchObject({ code: 'not-verified' });
    expect((error as Error).message).toBe(
      'The tunnel gave a URL but nothing arrived through it within 10 s (last probe: HTTP 530). Port 7844 may be blocked.',
    );
    expect(time.waiting).toBe(0); // no timers left behind
  });

  it('gives up quietly when the tunnel is stopped', async () => {
    const side = probeSide();
    const time = new ManualSleep();
    const controller = new AbortController();
    const verifying = verifyThroughTunnel(
      options({
        post: async () => ({ status: 502 }),
        expectProbe: side.expectProbe,
        sleep: time.sleep,
        signal: controller.signal,
      }),
    ).catch((e: unknown) => e);
    await flush();
    controller.abort();
    expect(await verifying).toMatchObject({
      code: 'not-verified',
      message: expect.stringContaining('stopped'),
    });
  });

  it('fails when the listener closes while waiting', async () => {
    const time = new ManualSleep();
    const error = await verifyThroughTunnel(
      options({
        post: async () => ({ status: 200 }),
        expectProbe: () => Promise.reject(new Error('listener closed')),
        sleep: time.sleep,
      }),
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ message: expect.stringContaining('listener stopped') });
  });
});
