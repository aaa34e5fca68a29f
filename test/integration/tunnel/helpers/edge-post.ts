import { request } from 'node:http';
import type { ProbePost } from '../../../../main/services/tunnel/index.ts';

/**
 * A ProbePost that reaches `https://*.trycloudflare.com` through the fake cloudflared's unix socket: the
 * one thing a test machine cannot do is resolve and reach Cloudflare's edge, so this replaces DNS + TLS
 * and nothing else (the request still goes through the fake cloudflared's proxy to the listener).
 */
export function postThroughFakeEdge(socketPath: string): ProbePost {
  return (url, headers, signal) =>
    new Promise((resolve, reject) => {
      const u = new URL(url);
      if (!u.hostname.endsWith('.trycloudflare.com'))
        return reject(new Error(`not a quick-tunnel URL: ${url}`));
      const req = request(
        { socketPath, path: u.pathname, method: 'POST', headers: { ...headers, host: u.host }, signal },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode ?? 0 }));
        },
      );
      req.on('error', reject);
      req.end();
    });
}
