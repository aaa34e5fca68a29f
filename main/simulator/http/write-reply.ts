import type { ServerResponse } from 'node:http';
import { setTimeout as delay } from 'node:timers/promises';
import type { SerializedReply } from './reply.ts';

/**
 * Writes a serialized answer; with `slow` set, in chunks with a pause between them (a slow network or
 * an overloaded server), stopping quietly if the client goes away or the simulator closes.
 */
export async function writeReply(
  res: ServerResponse,
  reply: SerializedReply,
  slow: { delayMs: number; chunkBytes: number } | undefined,
  signal: AbortSignal,
): Promise<void> {
  res.writeHead(reply.status, reply.headers);
  if (!slow || reply.body.length === 0) {
    res.end(reply.body);
    return;
  }
  const size = Math.max(1, slow.chunkBytes);
  for (let offset = 0; offset < reply.body.length; offset += size) {
    if (res.destroyed || signal.aborted) return;
    res.write(reply.body.subarray(offset, offset + size));
    if (offset + size < reply.body.length) {
      await delay(slow.delayMs, undefined, { signal }).catch(() => undefined);
    }
  }
  res.end();
}
