import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { EventLog } from '../../../main/simulator/index.ts';

/** One webhook POST as a receiver saw it. */
export interface Received {
  path: string;
  authorization?: string;
  contentType?: string;
  body: Uint8Array;
}

/** A local Realtime-API receiver (node:http on 127.0.0.1:0) that records every POST. */
export interface Receiver {
  url: string;
  posts: EventLog<Received>;
  close(): Promise<void>;
}

/** Starts a receiver answering `status` to every POST. */
export async function startReceiver(status = 200): Promise<Receiver> {
  const posts = new EventLog<Received>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      res.statusCode = status;
      res.end();
      posts.push({
        path: req.url ?? '',
        authorization: req.headers.authorization,
        contentType: req.headers['content-type'],
        body: new Uint8Array(Buffer.concat(chunks)),
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    posts,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
