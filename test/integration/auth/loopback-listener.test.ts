import { describe, expect, it } from 'vitest';
import { startLoopbackListener } from '../../../main/services/auth/loopback-listener.ts';
import { redirectSelfTest } from '../../../main/services/auth/redirect-self-test.ts';

const never = () => new Promise<void>(() => undefined);

async function get(url: string, init?: RequestInit) {
  const res = await fetch(url, init);
  return { status: res.status, body: await res.text() };
}

describe('the loopback redirect listener', () => {
  it('listens on 127.0.0.1 only, ignores other paths and non-GET requests, and closes after the callback', async () => {
    const listener = await startLoopbackListener({ expectedState: 's1', wait: never });
    expect(listener.redirectUri).toBe(`http://127.0.0.1:${listener.port}/callback`);
    expect((await get(`http://127.0.0.1:${listener.port}/favicon.ico`)).status).toBe(404);
    expect((await get(`${listener.redirectUri}?code=c&state=s1`, { method: 'POST' })).status).toBe(405);

    const page = fetch(`${listener.redirectUri}?code=the-code&state=s1`).then((r) => r.text());
    const callback = await listener.callback;
    expect(callback.params.get('code')).toBe('the-code');
    await callback.finish({ ok: true });
    expect(await page).toContain('You can close this tab and return to Meterscope.');
    await listener.close();
    await expect(fetch(listener.redirectUri)).rejects.toThrow();
  });

  it('rejects at once with the error the authorization server sent, and shows it', async () => {
    const listener = await startLoopbackListener({ expectedState: 's2', wait: never });
    const page = await get(`${listener.redirectUri}?error=access_denied&error_description=nope&state=s2`);
    await expect(listener.callback).rejects.toMatchObject({ code: 'access_denied' });
    expect(page.status).toBe(400);
    expect(page.body).toContain('Meterscope could not sign in');
    await listener.close();
  });

  it('shows the failure the flow reports after the exchange', async () => {
    const listener = await startLoopbackListener({ expectedState: 's3', wait: never });
    const page = get(`${listener.redirectUri}?code=c&state=s3`);
    await (await listener.callback).finish({ ok: false, reason: 'The server refused the code.' });
    expect((await page).body).toContain('The server refused the code.');
  });

  it('treats a callback without a code as a failure, not a hang', async () => {
    const listener = await startLoopbackListener({ expectedState: 's4', wait: never });
    await get(`${listener.redirectUri}?state=s4`);
    await expect(listener.callback).rejects.toMatchObject({ code: 'unexpected_answer' });
  });
});

describe('the redirect self-test', () => {
  it('names the exact URI to register for a fixed port, and reports a busy port plainly', async () => {
    const busy = await startLoopbackListener({ expectedState: 'x', wait: never });
    try {
      const result = await redirectSelfTest({ port: busy.port });
      expect(result.ok).toBe(false);
      expect(result.detail).toContain(`Port ${busy.port} on 127.0.0.1 is in use`);
      expect(result.registerUri).toBe(`http://127.0.0.1:${busy.port}/callback`);
    } finally {
      await busy.close();
    }
    const free = await redirectSelfTest({ port: busy.port });
    expect(free).toMatchObject({ ok: true, testedUri: `http://127.0.0.1:${busy.port}/callback` });
    expect(free.detail).toContain('Register exactly this URI');
  });
});
