import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local stand-in for "the public URL the user already has". */
export interface ReverseProxy {
  url: string;
  /** Requests passed on to the target so far. */
  forwarded(): number;
  close(): Promise<void>;
}

/**
 * Forwards every request to `target`; with `target` undefined it answers 200 itself without forwarding
 * (a URL that reaches the wrong server, which must never count as verified).
 */
export async function startReverseProxy(target: string | undefined): Promise<ReverseProxy> {
  let forwarded = 0;
  const server: Server = createServer((req, res) => {
    if (!target) {
      req.resume();
      req.on('end', () => res.writeHead(200).end('ok'));
      return;
    }
    forwarded++;
    const upstream = request(
      new URL(req.url ?? '/', target),
      { method: req.method, headers: { ...req.headers, 'x-forwarded-proto': 'https' } },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    forwarded: () => forwarded,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
