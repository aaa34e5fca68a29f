import type { IncomingMessage } from 'node:http';
import { SimHttpError } from './reply.ts';

/** Largest request body the simulator accepts: plenty for any smart-me call, small enough to be safe. */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Reads a request body fully; 413 when it is too large (the rest is drained, never buffered). */
export async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES)
      throw new SimHttpError(413, 'body-too-large', 'Request body too large (max 1 MB).');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** Parses a JSON body; an empty body is `undefined`; bad JSON is a 400 that says where it broke. */
export function parseJsonBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8'));
  } catch (e) {
    throw new SimHttpError(400, 'bad-json', `The request body is not valid JSON: ${(e as Error).message}`);
  }
}
