import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it. */
export interface SeenRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

/** Answers one request; may leave it hanging or destroy the socket to simulate faults. */
export type Handler = (req: IncomingMessage, res: ServerResponse, seen: SeenRequest) => void;

/** A throwaway HTTP server on 127.0.0.1 (port 0) that records every request it receives. */
export interface LocalServer {
  baseUrl: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** Starts the server; `handler` decides each answer. Close it in afterEach. */
export async function startLocalServer(handler: Handler): Promise<LocalServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => {
      const seen = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body,
      };
      requests.push(seen);
      handler(req, res, seen);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Sends a JSON answer. */
export function json(
  res: ServerResponse,
  status: number,
  value: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(value));
}

/** A port ports that never waits: records every requested delay and resolves at once. */
export function instantPorts(now = Date.parse('2026-07-25T12:00:00Z')) {
  const sleeps: number[] = [];
  return {
    sleeps,
    ports: {
      sleep: (ms: number, signal?: AbortSignal) => {
        sleeps.push(ms);
        return signal?.aborted ? Promise.reject(signal.reason) : Promise.resolve();
      },
      now: () => now,
      random: () => 0.5,
    },
  };
}
