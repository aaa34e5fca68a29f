import { Agent, request, type Dispatcher } from 'undici';

/** Per-phase time limits: a dead network, a silent server and a stalled body each fail fast on their own. */
export interface Timeouts {
  /** TCP + TLS connection set-up. */
  connectMs: number;
  /** From sending the request to the response headers. */
  headersMs: number;
  /** Longest pause between two chunks of the body. */
  bodyMs: number;
}

/** Ten seconds to connect, thirty to answer: generous for mobile networks on site, short enough to notice. */
export const defaultTimeouts: Timeouts = { connectMs: 10_000, headersMs: 30_000, bodyMs: 30_000 };

/** One HTTP exchange as the client needs it: status, headers and the whole body as text. */
export interface HttpAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Everything one attempt sends. `authorization` is sent, never stored or logged here. */
export interface HttpExchange {
  method: string;
  url: string;
  authorization: string;
  body?: string;
  signal?: AbortSignal;
}

/** Largest answer read into memory; the full device list of a big account is a few MB. */
const MAX_RESPONSE_BYTES = 64 * 1024 * 1024;

/** A keep-alive connection pool with the connect timeout applied: one per client, closed with it. */
export function createAgent(timeouts: Timeouts): Agent {
  return new Agent({
    connect: { timeout: timeouts.connectMs },
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
    maxResponseSize: MAX_RESPONSE_BYTES,
  });
}

/**
 * Sends one request and reads the answer completely. Throws undici's own errors (the caller classifies them):
 * keeping this thin means every retry, auth and mapping decision lives in one testable place.
 */
export async function exchange(
  dispatcher: Dispatcher,
  timeouts: Timeouts,
  x: HttpExchange,
): Promise<HttpAnswer> {
  const headers: Record<string, string> = { authorization: x.authorization, accept: 'application/json' };
  if (x.body !== undefined) headers['content-type'] = 'application/json';
  const res = await request(x.url, {
    dispatcher,
    method: x.method as Dispatcher.HttpMethod,
    headers,
    body: x.body,
    signal: x.signal,
    headersTimeout: timeouts.headersMs,
    bodyTimeout: timeouts.bodyMs,
  });
  const body = await res.body.text();
  return { status: res.statusCode, headers: res.headers, body };
}
