import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApiClient, type ApiClientOptions } from '../../../main/services/api/api-client.ts';
import { ApiError } from '../../../main/services/api/api-error.ts';
import type { CredentialsProvider } from '../../../main/services/api/credentials.ts';
import { instantPorts, json, startLocalServer, type Handler, type LocalServer } from './local-server.ts';

const Thing = z.object({ Id: z.string(), Serial: z.number() });
const basic: CredentialsProvider = {
  kind: 'basic',
  authorization: async () => `Basic ${Buffer.from('demo:pa55word').toString('base64')}`,
};

let server: LocalServer | undefined;
const closers: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await server?.close();
  server = undefined;
});

async function setup(handler: Handler, options: Partial<ApiClientOptions> = {}) {
  server = await startLocalServer(handler);
  const { ports, sleeps } = instantPorts();
  const client = createApiClient({ baseUrl: server.baseUrl, credentials: basic, ports, ...options });
  closers.push(() => client.close());
  return { client, sleeps, server };
}

/** Answers from a script: the n-th request gets the n-th handler (the last one repeats). */
function script(...steps: Handler[]): Handler {
  let n = 0;
  return (req, res, seen) => (steps[Math.min(n++, steps.length - 1)] as Handler)(req, res, seen);
}

const ok: Handler = (_q, res) => json(res, 200, { Id: 'a', Serial: 1 });
const status =
  (code: number, headers: Record<string, string> = {}): Handler =>
  (_q, res) =>
    json(res, code, { Message: `status ${code}` }, headers);
const drop: Handler = (req) => req.socket.destroy();

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

describe('API client', () => {
  it('sends the credentials and returns the validated answer', async () => {
    const { client, server } = await setup(ok);
    await expect(client.request({ method: 'GET', path: '/Devices/a', schema: Thing })).resolves.toEqual({
      Id: 'a',
      Serial: 1,
    });
    expect(server.requests[0]?.authorization).toBe(await basic.authorization());
    expect(server.requests[0]?.url).toBe('/Devices/a');
  });

  it('keeps a base path and encodes query values', async () => {
    const { client, server } = await setup(ok);
    const base = `${client.baseUrl}/api/`;
    const c2 = createApiClient({ baseUrl: base, credentials: basic });
    closers.push(() => c2.close());
    await c2.request({
      method: 'GET',
      path: '/Values',
      query: { date: 'a b', skip: undefined },
      schema: Thing,
    });
    expect(server.requests[0]?.url).toBe('/api/Values?date=a+b');
  });

  it('retries a GET after 5xx and a dropped connection, with growing backoff', async () => {
    const { client, sleeps, server } = await setup(script(status(503), drop, status(500), ok));
    await expect(client.request({ method: 'GET', path: '/Devices', schema: Thing })).resolves.toBeTruthy();
    expect(server.requests).toHaveLength(4);
    expect(sleeps).toEqual([188, 375, 750]);
  });

  it('waits as long as Retry-After says (seconds and HTTP date)', async () => {
    const date = new Date(Date.parse('2026-07-25T12:00:07Z')).toUTCString();
    const { client, sleeps } = await setup(
      script(status(429, { 'retry-after': '3' }), status(429, { 'retry-after': date }), ok),
    );
    await client.request({ method: 'GET', path: '/Devices', schema: Thing });
    expect(sleeps).toEqual([3000, 7000]);
  });

  it('gives up after the last attempt with the last error', async () => {
    const { client, server } = await setup(status(503));
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
    expect(e.code).toBe('server-error');
    expect(e.status).toBe(503);
    expect(server.requests).toHaveLength(4);
  });

  it('reports a long Retry-After as rate-limited without waiting', async () => {
    const { client, sleeps } = await setup(status(429, { 'retry-after': '3600' }));
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
    expect(e.code).toBe('rate-limited');
    expect(e.retryAfterMs).toBe(3_600_000);
    expect(e.message).toContain('3600 s');
    expect(sleeps).toEqual([]);
  });

  for (const method of ['POST', 'PUT', 'DELETE'] as const) {
    it(`never repeats a ${method}, whatever fails`, async () => {
      for (const fault of [status(503), status(429, { 'retry-after': '1' }), drop]) {
        const { client, server, sleeps } = await setup(fault);
        const e = await failure(client.request({ method, path: '/actions', body: { DeviceID: 'a' } }));
        expect(server.requests).toHaveLength(1);
        expect(sleeps).toEqual([]);
        if (fault === drop) expect(e.message).toContain('may or may not have been carried out');
        await server.close();
      }
    });
  }

  it('sends a write body as JSON and ignores the answer body', async () => {
    const { client, server } = await setup((_q, res) => res.end());
    await expect(
      client.request({ method: 'POST', path: '/actions', body: { DeviceID: 'x', Actions: [] } }),
    ).resolves.toBeUndefined();
    expect(JSON.parse(server.requests[0]?.body ?? '')).toEqual({ DeviceID: 'x', Actions: [] });
  });

  it.each([
    [
      'an HTML page',
      (_q, res) =>
        res.writeHead(200, { 'content-type': 'text/html' }).end('<html><title>Maintenance</title></html>'),
      'Maintenance',
    ],
    [
      'bad JSON',
      (_q, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"Id": '),
      'not valid JSON',
    ],
    ['a wrong shape', (_q, res) => json(res, 200, { Id: 1 }), 'unknown shape at Id'],
    ['an empty body', (_q, res) => res.end(), 'empty answer'],
  ] as [string, Handler, string][])(
    'reports %s as unexpected-answer, not a crash',
    async (_n, handler, text) => {
      const { client, server } = await setup(handler);
      const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
      expect(e.code).toBe('unexpected-answer');
      expect(e.message).toContain(text);
      expect(server.requests).toHaveLength(1);
    },
  );

  it('reads a list of 2,000 things whole, and names the first bad one of a long list by its index', async () => {
    const things = Array.from({ length: 2000 }, (_, i) => ({ Id: `t${i}`, Serial: i }));
    const { client } = await setup(
      script(
        (_q, res) => json(res, 200, things),
        (_q, res) =>
          json(
            res,
            200,
            things.map((t, i) => (i === 1703 || i === 1900 ? { Id: t.Id } : t)),
          ),
      ),
    );
    expect(await client.request({ method: 'GET', path: '/Devices', schema: z.array(Thing) })).toEqual(things);
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: z.array(Thing) }));
    expect(e.code).toBe('unexpected-answer');
    expect(e.message).toContain('unknown shape at 1703.Serial');
  });

  it('maps 401, 403, 404 and 400 to their codes with advice', async () => {
    const cases: [number, string, string, string][] = [
      [401, '/Devices', 'unauthorized', '--user/--password'],
      [403, '/ValuesInPastMultiple/a', 'licence-required', 'Professional licence'],
      [403, '/PartnerAllDevices', 'licence-required', 'Goldpartner'],
      [404, '/Devices/zzz', 'not-found', 'Check the id'],
      [400, '/Devices', 'rejected', 'status 400'],
    ];
    for (const [code, path, expected, advice] of cases) {
      const { client, server } = await setup(status(code));
      const e = await failure(client.request({ method: 'GET', path, schema: Thing }));
      expect(e.code).toBe(expected);
      expect(e.message).toContain(advice);
      expect(server.requests).toHaveLength(1);
      await server.close();
    }
  });

  it('reports a refused connection as offline right away', async () => {
    const { client, sleeps, server } = await setup(ok);
    await server.close();
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
    expect(e.code).toBe('offline');
    expect(e.message).toContain('refused');
    expect(sleeps).toEqual([]);
  });

  it('times out a server that never answers', async () => {
    const { client } = await setup(() => undefined, {
      timeouts: { headersMs: 50 },
      retry: { maxAttempts: 2 },
    });
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
    expect(e.code).toBe('timeout');
    expect(server?.requests).toHaveLength(2);
  });

  it('times out a body that stops part-way', async () => {
    const { client } = await setup(
      (_q, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"Id":');
      },
      { timeouts: { bodyMs: 50 }, retry: { maxAttempts: 1 } },
    );
    const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
    expect(e.code).toBe('timeout');
    expect(e.message).toContain('stopped arriving');
  });

  it('is cancelled by its signal while waiting for the answer', async () => {
    const controller = new AbortController();
    const { client } = await setup(() => controller.abort());
    const e = await failure(
      client.request({ method: 'GET', path: '/Devices', schema: Thing, signal: controller.signal }),
    );
    expect(e.code).toBe('cancelled');
  });

  it('is cancelled by its signal during a backoff wait', async () => {
    const controller = new AbortController();
    const { client, server } = await setup(status(503), {
      ports: {
        sleep: () => {
          controller.abort();
          return Promise.reject(new Error('aborted'));
        },
      },
    });
    const e = await failure(
      client.request({ method: 'GET', path: '/Devices', schema: Thing, signal: controller.signal }),
    );
    expect(e.code).toBe('cancelled');
    expect(server.requests).toHaveLength(1);
  });

  it('keeps at most `concurrency` requests in flight', async () => {
    let inFlight = 0;
    let peak = 0;
    const held: (() => void)[] = [];
    let remaining = 20;
    const { client } = await setup(
      (_q, res) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        held.push(() => {
          inFlight--;
          remaining--;
          json(res, 200, { Id: 'a', Serial: 1 });
        });
        if (inFlight === Math.min(3, remaining)) for (const release of held.splice(0)) release();
      },
      { concurrency: 3 },
    );
    const all = Array.from({ length: 20 }, () =>
      client.request({ method: 'GET', path: '/x', schema: Thing }),
    );
    await Promise.all(all);
    expect(peak).toBe(3);
    expect(client.progress()).toMatchObject({ active: 0, done: 20, total: 20 });
  });
});

describe('API client with a bearer token', () => {
  function bearer(tokens: string[]) {
    let current = 0;
    let refreshes = 0;
    const provider: CredentialsProvider = {
      kind: 'bearer',
      authorization: async () => `Bearer ${tokens[current]}`,
      refresh: async () => {
        refreshes++;
        await new Promise((r) => setImmediate(r));
        if (current + 1 >= tokens.length) return false;
        current++;
        return true;
      },
    };
    return { provider, refreshes: () => refreshes };
  }

  it('refreshes once for many concurrent 401s and retries each request once', async () => {
    const { provider, refreshes } = bearer(['old-token-1', 'new-token-2']);
    const handler: Handler = (_q, res, seen) =>
      seen.authorization === 'Bearer new-token-2' ? ok(_q, res, seen) : status(401)(_q, res, seen);
    const { client, server } = await setup(handler, { credentials: provider });
    const all = Array.from({ length: 5 }, () => client.request({ method: 'GET', path: '/x', schema: Thing }));
    await expect(Promise.all(all)).resolves.toHaveLength(5);
    expect(refreshes()).toBe(1);
    expect(server.requests.filter((r) => r.authorization === 'Bearer new-token-2')).toHaveLength(5);
  });

  it('reports unauthorized when the refreshed token is refused too', async () => {
    const { provider, refreshes } = bearer(['token-aaa', 'token-bbb']);
    const { client, server } = await setup(status(401), { credentials: provider });
    const e = await failure(client.request({ method: 'GET', path: '/x', schema: Thing }));
    expect(e.code).toBe('unauthorized');
    expect(e.message).toContain('meterscope login');
    expect(refreshes()).toBe(1);
    expect(server.requests).toHaveLength(2);
  });

  it('reports unauthorized when the refresh itself fails', async () => {
    const { provider } = bearer(['only-token']);
    const { client, server } = await setup(status(401), { credentials: provider });
    expect((await failure(client.request({ method: 'GET', path: '/x', schema: Thing }))).code).toBe(
      'unauthorized',
    );
    expect(server.requests).toHaveLength(1);
  });
});

describe('API client when the credentials themselves fail', () => {
  const failing = (code: string, where: 'authorization' | 'refresh'): CredentialsProvider => {
    const error = Object.assign(new Error(`renewal failed (${code})`), { code });
    return {
      kind: 'bearer',
      authorization: async () => {
        if (where === 'authorization') throw error;
        return 'Bearer old-token';
      },
      refresh: async () => {
        throw error;
      },
    };
  };

  it.each([
    ['network', 'authorization', 'offline'],
    ['timeout', 'authorization', 'timeout'],
    ['invalid_grant', 'authorization', 'unauthorized'],
    ['network', 'refresh', 'offline'],
    ['invalid_client', 'refresh', 'unauthorized'],
  ] as const)('maps a %s failure during %s to %s', async (code, where, expected) => {
    const { client } = await setup(status(401), {
      credentials: failing(code, where),
      retry: { maxAttempts: 1 },
    });
    const e = await failure(client.request({ method: 'GET', path: '/x', schema: Thing }));
    expect(e.code).toBe(expected);
    expect(e.message).toContain('Could not get valid credentials');
  });
});

describe('API client secrets', () => {
  it('never puts a credential into an error, even when the server echoes it', async () => {
    const providers: CredentialsProvider[] = [
      basic,
      { kind: 'apikey', authorization: async () => 'ApiKey my-api-key-123' },
      { kind: 'bearer', authorization: async () => 'Bearer tok-xyz-987' },
    ];
    const decoded = (auth = '') => Buffer.from(auth.replace(/^\S+ /, ''), 'base64').toString('utf8');
    const echo =
      (code: number): Handler =>
      (_q, res, seen) =>
        json(res, code, { Message: `bad header ${seen.authorization} (${decoded(seen.authorization)})` });
    const echoHtml: Handler = (_q, res, seen) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end(`<title>${seen.authorization}</title>`);
    for (const credentials of providers) {
      const secrets = [
        'pa55word',
        'my-api-key-123',
        'tok-xyz-987',
        Buffer.from('demo:pa55word').toString('base64'),
      ];
      for (const handler of [echo(400), echo(403), echo(500), echoHtml]) {
        const { client, server } = await setup(handler, { credentials, retry: { maxAttempts: 1 } });
        const e = await failure(client.request({ method: 'GET', path: '/Devices', schema: Thing }));
        const shown = `${e.message} ${JSON.stringify(e)} ${String(e)}`;
        for (const s of secrets) expect(shown).not.toContain(s);
        await server.close();
      }
    }
  });
});
