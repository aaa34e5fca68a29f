import { Agent, request } from 'undici';

/** Sends one payload; resolves with the status or the reason there was none. Never rejects. */
export type PostPayload = (
  url: string,
  body: Uint8Array,
  basicAuth: { username: string; password: string } | undefined,
) => Promise<{ status?: number; error?: string }>;

/** How long a receiver may take before the push counts as failed. */
const RECEIVER_TIMEOUT_MS = 10_000;

/**
 * The real poster: undici on its own connection pool (closed with the simulator), protobuf bytes as
 * `application/octet-stream` (the vendor documents no content type), Basic auth when registered.
 */
export function createPoster(): { post: PostPayload; close(): Promise<void> } {
  const agent = new Agent({
    connections: 8,
    headersTimeout: RECEIVER_TIMEOUT_MS,
    bodyTimeout: RECEIVER_TIMEOUT_MS,
  });
  const post: PostPayload = async (url, body, basicAuth) => {
    const headers: Record<string, string> = { 'content-type': 'application/octet-stream' };
    if (basicAuth) {
      headers.authorization = `Basic ${Buffer.from(`${basicAuth.username}:${basicAuth.password}`).toString('base64')}`;
    }
    try {
      const res = await request(url, { method: 'POST', body, headers, dispatcher: agent });
      await res.body.dump();
      return { status: res.statusCode };
    } catch (e) {
      const err = e as Error & { code?: string };
      return { error: err.code ?? err.message };
    }
  };
  return { post, close: () => agent.destroy() };
}
