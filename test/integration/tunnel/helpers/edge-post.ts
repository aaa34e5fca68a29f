import { request } from 'node:http';
import type { ProbePost } from '../../../../main/services/tunnel/index.ts';

/**
 * POSTs to `https://*.trycloudflare.com/...` through the fake cloudflared's unix socket: the one thing a
 * test machine cannot do is resolve and reach Cloudflare's edge, so this replaces DNS + TLS and nothing
 * else (the request still goes through the fake cloudflared's proxy to the listener).
 */
export function sendThroughFakeEdge(
  socketPath: string,
  url: string,
  headers: Record<string, string>,
  body: Uint8Array = new Uint8Array(),
  signal?: AbortSignal,
): Promise<{ status: number }> {
  return new Promise((resolve, reject) => {
    const u = new URL(url);
    if (!u.hostname.endsWith('.trycloudflare.com'))
      return reject(new Error(`not a quick-tunnel URL: ${url}`));
    const req = request(
      {
        socketPath,
        path: u.pathname,
        method: 'POST',
        headers: { ...headers, host: u.host, 'content-length': String(body.length) },
        ...(signal ? { signal } : {}),
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** The tunnel's probe sender, routed through the fake edge. */
export function postThroughFakeEdge(socketPath: string): ProbePost {
  return (url, headers, signal) => sendThroughFakeEdge(socketPath, url, headers, undefined, signal);
}
