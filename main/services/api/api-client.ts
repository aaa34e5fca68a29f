import type { Dispatcher } from 'undici';
import type { ZodType } from 'zod';
import { ApiError } from './api-error.ts';
import { classifyNetworkError } from './classify-network-error.ts';
import { createLimiter, type LimiterProgress } from './concurrency-limiter.ts';
import type { CredentialsProvider } from './credentials.ts';
import {
  cancelledError,
  errorFromCredentials,
  errorFromNetwork,
  errorFromStatus,
  unexpectedAnswer,
} from './error-mapping.ts';
import type { CallInfo } from './error-mapping.ts';
import { createAgent, defaultTimeouts, exchange, type HttpAnswer, type Timeouts } from './http-transport.ts';
import { readJson, serverDetail } from './parse-answer.ts';
import { realPorts, type ClientPorts } from './ports.ts';
import { redact, safeUrl, secretsOfAuthorization } from './redact.ts';
import { parseRetryAfter } from './retry-after.ts';
import { defaultRetryPolicy, retryDelayMs, shouldRetry, type RetryPolicy } from './retry-policy.ts';
import { childSignal } from './shared-abort.ts';

/** What the client reports while it works: one line per answer and per scheduled retry (no secrets). */
export type ApiEvent =
  | { type: 'response'; method: string; path: string; status: number; attempt: number }
  | { type: 'retry'; method: string; path: string; attempt: number; delayMs: number; code: string };

/** Settings of one client. Only `baseUrl` and `credentials` are required. */
export interface ApiClientOptions {
  /** e.g. `https://api.smart-me.com` (a path prefix such as `/api` is kept). */
  baseUrl: string;
  credentials: CredentialsProvider;
  /** Requests in flight at most (default 8). */
  concurrency?: number;
  timeouts?: Partial<Timeouts>;
  retry?: Partial<RetryPolicy>;
  ports?: Partial<ClientPorts>;
  /** Counters after every request start/finish. */
  onProgress?: (p: LimiterProgress) => void;
  onEvent?: (e: ApiEvent) => void;
  /** Use an existing undici dispatcher instead of the client's own pool (it is then not closed by `close`). */
  dispatcher?: Dispatcher;
}

/** Query values; undefined entries are left out. */
export type Query = Record<string, string | number | boolean | undefined>;

/** One call. `schema` validates a JSON answer; without it the answer body is ignored (writes). */
export interface ApiRequest<T> {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  query?: Query;
  body?: unknown;
  schema?: ZodType<T>;
  signal?: AbortSignal;
}

/**
 * The smart-me HTTP client core: auth through the CredentialsProvider port (one token refresh on 401), bounded
 * concurrency, retries with backoff for reads only, and every failure as an ApiError with a stable code.
 */
export interface ApiClient {
  readonly baseUrl: string;
  request<T>(r: ApiRequest<T> & { schema: ZodType<T> }): Promise<T>;
  request(r: ApiRequest<unknown>): Promise<void>;
  /** Counters of the shared limiter. */
  progress(): LimiterProgress;
  /** Closes pooled connections; pending calls fail. Safe to call more than once. */
  close(): Promise<void>;
}

/** Builds `base + path + ?query`, keeping a base path such as `/api`. */
export function buildUrl(baseUrl: string, path: string, query?: Query): string {
  const base = baseUrl.replace(/\/+$/, '');
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) params.append(k, String(v));
  const qs = params.toString();
  return `${base}${path.startsWith('/') ? path : `/${path}`}${qs ? `?${qs}` : ''}`;
}

/** Creates a client. Close it when done so keep-alive sockets do not hold the process open. */
export function createApiClient(options: ApiClientOptions): ApiClient {
  const ports: ClientPorts = { ...realPorts, ...options.ports };
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const timeouts: Timeouts = { ...defaultTimeouts, ...options.timeouts };
  const dispatcher = options.dispatcher ?? createAgent(timeouts);
  const limiter = createLimiter(options.concurrency ?? 8, options.onProgress);
  const credentials = options.credentials;
  const server = safeUrl(options.baseUrl);
  const secrets = new Set<string>();
  let refreshing: Promise<boolean> | undefined;
  let closed: Promise<void> | undefined;

  const authorization = async (c: CallInfo): Promise<string> => {
    let value: string;
    try {
      value = await credentials.authorization();
    } catch (e) {
      throw errorFromCredentials(c, e, redact(String((e as Error)?.message ?? e), secrets));
    }
    for (const s of secretsOfAuthorization(value)) secrets.add(s);
    return value;
  };

  /** One refresh for any number of concurrent 401s; a request whose token was already replaced just retries. */
  const refreshAfter401 = async (c: CallInfo, usedHeader: string): Promise<boolean> => {
    if (credentials.kind !== 'bearer' || !credentials.refresh) return false;
    if ((await authorization(c)) !== usedHeader) return true;
    refreshing ??= credentials.refresh().finally(() => (refreshing = undefined));
    try {
      return await refreshing;
    } catch (e) {
      throw errorFromCredentials(c, e, redact(String((e as Error)?.message ?? e), secrets));
    }
  };

  const scrub = (e: ApiError): ApiError => {
    const message = redact(e.message, secrets);
    if (message === e.message) return e;
    const { method, path, status, retryAfterMs, transient } = e;
    return new ApiError(e.code, message, { method, path, status, retryAfterMs, transient });
  };

  const send = async (c: CallInfo, url: string, body: string | undefined, signal?: AbortSignal) => {
    const auth = await authorization(c);
    const own = childSignal(signal);
    try {
      return {
        auth,
        answer: await exchange(dispatcher, timeouts, {
          method: c.method,
          url,
          authorization: auth,
          body,
          signal: own.signal,
        }),
      };
    } catch (e) {
      if (signal?.aborted) throw cancelledError(c);
      const failure = classifyNetworkError(e);
      if (failure === 'garbled') throw unexpectedAnswer(c, 'bytes that are not an HTTP answer');
      if (failure === 'too-large') throw unexpectedAnswer(c, 'an answer larger than 64 MB');
      throw errorFromNetwork(c, failure);
    } finally {
      own.release();
    }
  };

  const attempt = async <T>(
    c: CallInfo,
    r: ApiRequest<T>,
    n: number,
    url: string,
    body?: string,
  ): Promise<T | undefined> => {
    const first = await send(c, url, body, r.signal);
    let answer = first.answer;
    // A 401 means the cloud did not act on the request, so sending it again with a fresh token is safe (even a write).
    if (answer.status === 401 && (await refreshAfter401(c, first.auth))) {
      answer = (await send(c, url, body, r.signal)).answer;
    }
    options.onEvent?.({
      type: 'response',
      method: c.method,
      path: c.path,
      status: answer.status,
      attempt: n,
    });
    return settle(c, r, answer);
  };

  const settle = async <T>(c: CallInfo, r: ApiRequest<T>, a: HttpAnswer): Promise<T | undefined> => {
    if (a.status >= 200 && a.status < 300) return r.schema ? readJson(a, c, r.schema) : undefined;
    const detail = serverDetail(a);
    const retryAfter = parseRetryAfter(a.headers['retry-after'], ports.now());
    throw errorFromStatus(c, a.status, retryAfter, detail && redact(detail, secrets));
  };

  async function request<T>(r: ApiRequest<T>): Promise<T | undefined> {
    const url = buildUrl(options.baseUrl, r.path, r.query);
    const c: CallInfo = {
      method: r.method,
      path: url.slice(options.baseUrl.replace(/\/+$/, '').length),
      server,
      authKind: credentials.kind,
    };
    const body = r.body === undefined ? undefined : JSON.stringify(r.body);
    for (let n = 1; ; n++) {
      try {
        return await limiter.run(() => attempt(c, r, n, url, body), r.signal);
      } catch (e) {
        if (r.signal?.aborted) throw scrub(cancelledError(c));
        if (!(e instanceof ApiError)) throw e;
        if (!shouldRetry(r.method, e, n, policy)) throw scrub(e);
        const delayMs = retryDelayMs(n, policy, ports.random, e.retryAfterMs);
        options.onEvent?.({
          type: 'retry',
          method: r.method,
          path: c.path,
          attempt: n,
          delayMs,
          code: e.code,
        });
        try {
          await ports.sleep(delayMs, r.signal);
        } catch {
          throw scrub(cancelledError(c));
        }
      }
    }
  }

  return {
    baseUrl: options.baseUrl,
    request: request as ApiClient['request'],
    progress: () => limiter.progress(),
    close: () => (closed ??= options.dispatcher ? Promise.resolve() : dispatcher.close()),
  };
}
