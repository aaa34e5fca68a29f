import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';

/**
 * A tiny stand-in for the webhook listener (engineer F's), exposing the same `expectProbe(token)` port the
 * tunnel uses: node:http on 127.0.0.1:0 with a secret path; records probe tokens and real frames.
 */
export interface ListenerStandIn {
  port: number;
  secretPath: string;
  expectProbe(token: string): Promise<void>;
  /** Resolves with the next non-probe POST body that arrives on the secret path. */
  nextFrame(): Promise<Buffer>;
  /** Every request seen, for assertions about headers added by the tunnel. */
  requests: { path: string; headers: Record<string, string | string[] | undefined> }[];
  close(): Promise<void>;
}

/** Starts the stand-in listener. */
export async function startListenerStandIn(): Promise<ListenerStandIn> {
  const secretPath = `/hook/${randomBytes(18).toString('base64url')}`;
  const seen = new Set<string>();
  const waiting = new Map<string, () => void>();
  const frameWaiters: ((b: Buffer) => void)[] = [];
  const requests: ListenerStandIn['requests'] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      requests.push({ path: req.url ?? '', headers: req.headers });
      if (req.method !== 'POST') return void res.writeHead(405).end();
      if (req.url !== secretPath) return void res.writeHead(404).end();
      const token = req.headers['x-meterscope-probe'];
      if (typeof token === 'string') {
        seen.add(token);
        waiting.get(token)?.();
      } else frameWaiters.shift()?.(Buffer.concat(chunks));
      res.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    secretPath,
    requests,
    expectProbe: (token) =>
      seen.has(token) ? Promise.resolve() : new Promise((resolve) => waiting.set(token, resolve)),
    nextFrame: () => new Promise((resolve) => frameWaiters.push(resolve)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
