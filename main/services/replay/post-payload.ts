import { Agent, request } from 'undici';
import { networkErrorPhrase } from '../api/classify-network-error.ts';

/** What one POST came to: an HTTP status, or the network error in a phrase (never an exception). */
export type PostOutcome = { status: number } | { error: string };

/** Sends one payload; a port so replay and trigger run against fakes or real servers alike. */
export type PostPayload = (
  url: string,
  body: Uint8Array,
  headers: Record<string, string>,
  signal?: AbortSignal,
) => Promise<PostOutcome>;

/** A POST sender over its own undici connection pool, and the function that closes the pool. */
export interface HttpPoster {
  post: PostPayload;
  close(): Promise<void>;
}

/**
 * Real HTTP POSTs with undici: bounded connections, timeouts so a silent target cannot hang a replay, and
 * every failure (refused, reset, timeout, bad URL) reported as an outcome: a dead target never crashes us.
 */
export function httpPoster(options: { connections?: number; timeoutMs?: number } = {}): HttpPoster {
  const timeout = options.timeoutMs ?? 30_000;
  const agent = new Agent({
    connections: options.connections ?? 16,
    headersTimeout: timeout,
    bodyTimeout: timeout,
  });
  return {
    async post(url, body, headers, signal) {
      try {
        const res = await request(url, { method: 'POST', body, headers, dispatcher: agent, signal });
        await res.body.dump();
        return { status: res.statusCode };
      } catch (e) {
        return { error: networkErrorPhrase(e) };
      }
    },
    close: () => agent.close(),
  };
}
