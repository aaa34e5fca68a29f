import { createServer, type ServerResponse } from 'node:http';
import { AuthError } from './auth-error.ts';
import { failurePage, successPage } from './callback-pages.ts';
import { fromOAuthCode } from './to-auth-error.ts';
import { realWait, type Wait } from './wait.ts';

/** How to run the RFC 8252 loopback redirect listener. */
export interface LoopbackOptions {
  /** 0 (default) picks a free port; a fixed port for apps registered with an exact redirect URI. */
  port?: number;
  /** The callback path; default `/callback`. */
  path?: string;
  /** The `state` sent to /oauth/authorize: a callback with any other state is refused. */
  expectedState: string;
  /** Cancels the wait (the user pressed Cancel or Ctrl-C). */
  signal?: AbortSignal;
  /** How long to wait for the browser; default 5 minutes. */
  timeoutMs?: number;
  wait?: Wait;
}

/** The browser came back with a code: the flow exchanges it, then tells the browser how it went. */
export interface LoopbackCallback {
  params: URLSearchParams;
  finish(outcome: { ok: true } | { ok: false; reason: string }): Promise<void>;
}

/** A running listener. */
export interface LoopbackListener {
  /** `http://127.0.0.1:<port><path>`: the redirect_uri to send. */
  redirectUri: string;
  port: number;
  /** Resolves with the callback; rejects at once on `error=`, a state mismatch, timeout or cancel. */
  callback: Promise<LoopbackCallback>;
  /** Stops listening (idempotent); resolves when the port is free. Called by the flow in every case. */
  close(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 for the authorization response (RFC 8252 §7.3). Only GET on the callback path counts;
 * the first such request settles the login and the listener closes right after answering it.
 */
export async function startLoopbackListener(o: LoopbackOptions): Promise<LoopbackListener> {
  const path = o.path ?? '/callback';
  const server = createServer();
  const stopTimer = new AbortController();
  let settled = false;
  let closing: Promise<void> | undefined;
  let resolveCallback!: (c: LoopbackCallback) => void;
  let rejectCallback!: (e: AuthError) => void;
  const callback = new Promise<LoopbackCallback>(
    (res, rej) => ((resolveCallback = res), (rejectCallback = rej)),
  );
  callback.catch(() => undefined);

  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolve) => {
      stopTimer.abort();
      o.signal?.removeEventListener('abort', onAbort);
      server.close(() => resolve());
      server.closeIdleConnections();
    });
    return closing;
  };
  const fail = (e: AuthError) => {
    if (settled) return;
    settled = true;
    rejectCallback(e);
    void close();
  };
  const onAbort = () => fail(new AuthError('cancelled', 'The login was cancelled.'));

  server.on('request', (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== path) return void answer(res, 404, failurePage('This is not the login callback.'));
    if (req.method !== 'GET')
      return void answer(res, 405, failurePage('The login callback takes GET only.'), true);
    if (settled) return void answer(res, 409, failurePage('This login has already finished.'));
    settled = true;
    stopTimer.abort();
    const problem = checkCallback(url.searchParams, o.expectedState);
    if (problem) {
      rejectCallback(problem);
      return void answer(res, 400, failurePage(problem.message)).then(close);
    }
    resolveCallback({
      params: url.searchParams,
      finish: async (outcome) => {
        if (!res.writableEnded) {
          await answer(res, outcome.ok ? 200 : 400, outcome.ok ? successPage() : failurePage(outcome.reason));
        }
        await close();
      },
    });
  });

  const port = await listen(server, o.port ?? 0);
  if (o.signal?.aborted) onAbort();
  o.signal?.addEventListener('abort', onAbort, { once: true });
  const timeoutMs = o.timeoutMs ?? 5 * 60_000;
  (o.wait ?? realWait)(timeoutMs, stopTimer.signal).then(
    () =>
      fail(new AuthError('timeout', `No answer from the browser within ${Math.round(timeoutMs / 1000)} s.`)),
    () => undefined,
  );
  return { redirectUri: `http://127.0.0.1:${port}${path}`, port, callback, close };
}

/** The reason a callback cannot be used, checked in this order: state, then `error=`, then a missing code. */
function checkCallback(params: URLSearchParams, expectedState: string): AuthError | undefined {
  if (params.get('state') !== expectedState) {
    return new AuthError(
      'state_mismatch',
      'The browser returned an answer to a different login request (state mismatch). Start the login again.',
    );
  }
  const error = params.get('error');
  if (error !== null) return fromOAuthCode(error, params.get('error_description') ?? undefined, []);
  if (!params.get('code')) return new AuthError('unexpected_answer', 'The browser came back without a code.');
  return undefined;
}

function answer(res: ServerResponse, status: number, html: string, allowGet = false): Promise<void> {
  return new Promise((resolve) => {
    res.writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Referrer-Policy': 'no-referrer',
      Connection: 'close',
      ...(allowGet ? { Allow: 'GET' } : {}),
    });
    res.end(html, () => resolve());
  });
}

function listen(server: ReturnType<typeof createServer>, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) => {
      reject(
        e.code === 'EADDRINUSE'
          ? new AuthError(
              'port_in_use',
              `Port ${port} on 127.0.0.1 is in use: free it or choose another port.`,
            )
          : new AuthError('network', `Cannot listen on 127.0.0.1:${port} (${e.code ?? 'error'}).`),
      );
    });
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}
