import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createOAuthServer, type OAuthServer } from '../../../../main/simulator/oauth/index.ts';
import type { OAuthServerOptions } from '../../../../main/simulator/oauth/index.ts';

/** Accounts of the test server. The passwords are distinctive so leak checks can search for them. */
export const ACCOUNTS = [
  { id: 7, username: 'demo', password: 'demo-Pa55word-xyz', email: 'demo@example.com' },
  { id: 8, username: 'other', password: 'other-Pa55word-xyz' },
];

/** A clock tests move by hand: expiry without waiting. */
export interface TestClock {
  now(): number;
  advance(ms: number): void;
}

/** Starts at a fixed instant; only `advance` moves it. */
export function testClock(start = Date.UTC(2026, 0, 1)): TestClock {
  let t = start;
  return { now: () => t, advance: (ms) => void (t += ms) };
}

/** A running OAuth server on 127.0.0.1 (port 0) plus a tiny `/user` resource that checks Bearer tokens. */
export interface TestOAuth {
  baseUrl: string;
  oauth: OAuthServer;
  clock: TestClock;
  /** Requests the server saw, as `METHOD path`, for checks like "the token endpoint was polled N times". */
  seen: string[];
  close(): Promise<void>;
}

/** Mounts createOAuthServer on its own node:http server, the way the simulator router does. */
export async function startOAuthServer(options: Partial<OAuthServerOptions> = {}): Promise<TestOAuth> {
  const clock = testClock();
  const oauth = createOAuthServer({ accounts: ACCOUNTS, clock: clock.now, ...options });
  const seen: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
      .toLowerCase()
      .replace(/^\/api(?=\/)/, '')
      .replace(/\/+$/, '');
    seen.push(`${req.method} ${path}`);
    void oauth.handle(req, res, path).then((answered) => {
      if (answered) return;
      if (path === '/user') {
        const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
        const grant = token === undefined ? undefined : oauth.authenticate(token);
        res.writeHead(grant ? 200 : 401, { 'Content-Type': 'application/json' });
        res.end(JSON.stringify(grant ? { Id: grant.accountId, Scopes: grant.scopes } : {}));
        return;
      }
      res.writeHead(404).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    oauth,
    clock,
    seen,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** GET /user with a Bearer token: the HTTP status a resource server gives that token. */
export async function userStatus(baseUrl: string, accessToken: string): Promise<number> {
  const res = await fetch(`${baseUrl}/user`, { headers: { Authorization: `Bearer ${accessToken}` } });
  await res.arrayBuffer();
  return res.status;
}

/** POSTs a form to the token (or device) endpoint and returns status, headers and JSON body. */
export async function postForm(
  url: string,
  form: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; body: Record<string, unknown> }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form),
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}
