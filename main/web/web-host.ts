import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { WebSocketServer } from 'ws';
import { contract } from '../../shared/contract/contract.ts';
import type { App } from '../app.ts';
import { createHandlers } from '../ipc/create-handlers.ts';
import { rendererCsp, SECURITY_HEADERS } from './csp.ts';
import {
  allowedHostHeaders,
  allowedOrigins,
  isAllowedHost,
  isAllowedOrigin,
  isLoopbackHost,
  tokenMatches,
} from './request-guard.ts';
import { serveSocket, type WebSender } from './socket-session.ts';
import { readStaticFile } from './static-files.ts';

/** Options of the browser host. */
export interface WebHostOptions {
  app: App;
  /** The built renderer (dist/renderer). */
  rendererDir: string;
  /** Loopback address to listen on; default 127.0.0.1. Anything else is refused. */
  host?: string;
  /** 0 (default) = a free port. */
  port?: number;
  /** The per-run token; random (256 bits) by default. */
  token?: string;
  onInternalError(error: unknown, context: { call?: string; event?: string }): void;
}

/** A running browser host. */
export interface WebHost {
  /** The URL to open: carries the token in its fragment (never sent to any server, not even this one). */
  url: string;
  /** The server's origin without the token, e.g. `http://127.0.0.1:43121`. */
  origin: string;
  port: number;
  token: string;
  /** The WebSocket path; the handshake must carry `?token=`. */
  socketPath: string;
  close(): Promise<void>;
}

/** The WebSocket endpoint of the contract. */
export const SOCKET_PATH = '/contract';

/** Largest WebSocket message accepted (a 16 Mi-character decode request plus framing). */
const MAX_MESSAGE_BYTES = 40 * 1024 * 1024;
const MAX_SOCKETS = 16;

/**
 * The browser host: serves the built renderer and the contract over a WebSocket, on loopback only. Every
 * HTTP request and WebSocket handshake passes the Host and Origin checks; the handshake also needs the
 * run's token, which only the printed URL carries.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const bindHost = options.host ?? '127.0.0.1';
  if (!isLoopbackHost(bindHost)) {
    throw new Error(
      `The browser host listens on loopback only (127.0.0.1, ::1 or localhost), not on "${bindHost}".`,
    );
  }
  const token = options.token ?? randomBytes(32).toString('base64url');
  let hosts = new Set<string>();
  let origins = new Set<string>();
  let csp = rendererCsp();

  const handlers = createHandlers(contract, options.app.services, {
    isTrustedSender: (sender: WebSender) =>
      sender.authenticated && sender.socket.readyState === sender.socket.OPEN,
    onInternalError: options.onInternalError,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  const server = createServer((req, res) => void serveHttp(req, res));
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;

  async function serveHttp(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const refuse = refusal(req, 'http');
    if (refuse) return send(res, refuse.status, refuse.message);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return send(res, 405, 'Method not allowed.');
    }
    const file = await readStaticFile(options.rendererDir, req.url ?? '/');
    res.setHeader('cache-control', file.immutable ? 'public, max-age=31536000, immutable' : 'no-store');
    send(res, file.status, req.method === 'HEAD' ? '' : file.body, file.contentType);
  }

  function send(
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    type = 'text/plain; charset=utf-8',
  ) {
    res.statusCode = status;
    res.setHeader('content-type', type);
    res.setHeader('content-security-policy', csp);
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
    res.end(body);
  }

  function refusal(
    req: IncomingMessage,
    mode: 'http' | 'websocket',
  ): { status: number; message: string } | undefined {
    if (!isAllowedHost(req.headers.host, hosts)) {
      return { status: 421, message: 'Wrong Host header: open Meterscope with the address it printed.' };
    }
    if (!isAllowedOrigin(req.headers.origin, origins, mode)) {
      return { status: 403, message: 'Requests from other web pages are refused.' };
    }
    if (mode === 'http' && req.headers['sec-fetch-site'] === 'cross-site') {
      return { status: 403, message: 'Requests from other web pages are refused.' };
    }
    return undefined;
  }

  function handshakeRefusal(req: IncomingMessage): { status: number; message: string } | undefined {
    const url = new URL(req.url ?? '/', 'http://x');
    if (url.pathname !== SOCKET_PATH) return { status: 404, message: 'Not found.' };
    const refuse = refusal(req, 'websocket');
    if (refuse) return refuse;
    if (!tokenMatches(url.searchParams.get('token'), token)) {
      return { status: 401, message: 'Missing or wrong token: open Meterscope with the address it printed.' };
    }
    if (wss.clients.size >= MAX_SOCKETS) return { status: 503, message: 'Too many open Meterscope tabs.' };
    return undefined;
  }

  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => {
    const refuse = handshakeRefusal(req);
    if (refuse) {
      socket.end(
        `HTTP/1.1 ${refuse.status} Refused\r\nconnection: close\r\ncontent-type: text/plain; charset=utf-8\r\n` +
          `content-length: ${Buffer.byteLength(refuse.message)}\r\n\r\n${refuse.message}`,
      );
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => serveSocket(ws, handlers, options.app.events.subscribe));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, bindHost, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  hosts = allowedHostHeaders(bindHost, port);
  origins = allowedOrigins(hosts);
  csp = rendererCsp([...hosts].map((h) => `ws://${h}`));
  const origin = `http://${bindHost.includes(':') ? `[${bindHost}]` : bindHost}:${port}`;

  return {
    url: `${origin}/#token=${token}`,
    origin,
    port,
    token,
    socketPath: SOCKET_PATH,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      wss.close();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}
