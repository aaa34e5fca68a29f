import type { ServerResponse } from 'node:http';
import type { Closing } from './closing.ts';
import type { SerializedReply } from './reply.ts';

/**
 * Writes a serialized answer; with `slow` set, in chunks with a pause between them (a slow network or
 * an overloaded server), stopping quietly if the client goes away or the simulator closes.
 */
export async function writeReply(
  res: ServerResponse,
  reply: SerializedReply,
  slow: { delayMs: number; chunkBytes: number } | undefined,
  closing: Closing,
): Promise<void> {
  res.writeHead(reply.status, reply.headers);
  if (!slow || reply.body.length === 0) {
    res.end(reply.body);
    return;
  }
  const size = Math.max(1, slow.chunkBytes);
  for (let offset = 0; offset < reply.body.length; offset += size) {
    if (res.destroyed || closing.closed) return;
    res.write(reply.body.subarray(offset, offset + size));
    if (offset + size < reply.body.length) {
      await closing.wait(slow.delayMs).catch(() => undefined);
    }
  }
  res.end();
}
