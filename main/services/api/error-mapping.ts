import { ApiError, type ApiErrorCode } from './api-error.ts';
import { licenceHint } from './licence-hints.ts';
import { isRetryableMethod } from './retry-policy.ts';

/** What the error messages may mention about the failed call (nothing secret). */
export interface CallInfo {
  method: string;
  /** Relative path with query, e.g. `/Devices/…`. */
  path: string;
  /** Base URL without credentials, e.g. `https://api.smart-me.com`. */
  server: string;
  /** Auth scheme in use, for the 401 advice. */
  authKind: 'basic' | 'apikey' | 'bearer';
}

const AUTH_ADVICE: Record<CallInfo['authKind'], string> = {
  basic: 'Check the user name and password (--user/--password).',
  apikey: 'Check the API key (--api-key): it may be mistyped or deleted in the smart-me portal.',
  bearer: 'The login has expired or was revoked: run "meterscope login" again.',
};

const call = (c: CallInfo) => `${c.method} ${c.path}`;

const writeNote = (c: CallInfo) =>
  isRetryableMethod(c.method)
    ? ''
    : ' The change may or may not have been carried out: check before sending it again (writes are never repeated automatically).';

/** Turns an HTTP error status into the matching ApiError with advice; `detail` is a short, already-redacted server text. */
export function errorFromStatus(
  c: CallInfo,
  status: number,
  retryAfterMs?: number,
  detail?: string,
): ApiError {
  const ctx = { method: c.method, path: c.path, status };
  const said = detail ? ` The cloud said: "${detail}".` : '';
  if (status === 401)
    return new ApiError(
      'unauthorized',
      `${c.server} refused the credentials (401) for ${call(c)}. ${AUTH_ADVICE[c.authKind]}`,
      ctx,
    );
  if (status === 403)
    return new ApiError(
      'licence-required',
      `Not allowed (403): ${call(c)}. ${licenceHint(c.path)}${said}`,
      ctx,
    );
  if (status === 404)
    return new ApiError(
      'not-found',
      `Not found (404): ${call(c)}. Check the id or serial number; the device may belong to another account.`,
      ctx,
    );
  if (status === 429) {
    const wait = retryAfterMs === undefined ? 'a while' : `${Math.ceil(retryAfterMs / 1000)} s`;
    return new ApiError(
      'rate-limited',
      `${c.server} is rate-limiting this account (429) for ${call(c)}. Wait ${wait} and try again; a Professional licence has a higher limit.`,
      { ...ctx, retryAfterMs, transient: true },
    );
  }
  if (status === 408)
    return new ApiError('timeout', `${c.server} timed out (408) on ${call(c)}. Try again.${writeNote(c)}`, {
      ...ctx,
      transient: true,
    });
  if (status >= 500)
    return new ApiError(
      'server-error',
      `${c.server} had an internal problem (${status}) with ${call(c)}. This is on smart-me's side: try again later.${said}${writeNote(c)}`,
      { ...ctx, transient: true },
    );
  return new ApiError(
    'rejected',
    `${c.server} rejected ${call(c)} as invalid (${status}).${said} Check the values sent.`,
    ctx,
  );
}

/** Network-level failure kinds, as the transport classifies undici/Node errors. */
export type NetworkFailure =
  | 'refused'
  | 'dns'
  | 'unreachable'
  | 'dropped'
  | 'tls'
  | 'connect-timeout'
  | 'headers-timeout'
  | 'body-timeout';

const NETWORK_TEXT: Record<NetworkFailure, string> = {
  refused: 'the connection was refused (nothing answers at that address)',
  dns: 'the server name could not be resolved (no DNS: offline or a typo in --base-url)',
  unreachable: 'the network is unreachable (no connection)',
  dropped: 'the connection was dropped before a complete answer arrived',
  tls: 'the secure connection failed (certificate problem: a proxy or wrong clock?)',
  'connect-timeout': 'no connection could be made in time',
  'headers-timeout': 'no answer arrived in time',
  'body-timeout': 'the answer stopped arriving part-way',
};

/** Turns a classified network failure into `offline` or `timeout`; dropped connections and timeouts are transient. */
export function errorFromNetwork(c: CallInfo, failure: NetworkFailure): ApiError {
  const isTimeout = failure.endsWith('timeout');
  const transient = isTimeout || failure === 'dropped';
  const what = `Cannot complete ${call(c)} at ${c.server}: ${NETWORK_TEXT[failure]}.`;
  const next = isTimeout
    ? ' The network or the cloud is slow: try again.'
    : ' Check the network connection and --base-url.';
  return new ApiError(isTimeout ? 'timeout' : 'offline', `${what}${next}${writeNote(c)}`, {
    method: c.method,
    path: c.path,
    transient,
  });
}

/** An answer that is not the data we asked for (HTML page, bad JSON, wrong shape): never crashes the caller. */
export function unexpectedAnswer(c: CallInfo, what: string, status?: number): ApiError {
  return new ApiError(
    'unexpected-answer',
    `${c.server} sent an unexpected answer to ${call(c)}: ${what}. Check --base-url; a proxy, captive portal or maintenance page may be in the way.`,
    { method: c.method, path: c.path, status },
  );
}

/** The user (or app) stopped the call. */
export function cancelledError(c: CallInfo): ApiError {
  return new ApiError('cancelled', `Cancelled: ${call(c)}.${writeNote(c)}`, {
    method: c.method,
    path: c.path,
  });
}

const CREDENTIAL_CODES: Record<string, ApiErrorCode> = {
  network: 'offline',
  timeout: 'timeout',
  cancelled: 'cancelled',
  unexpected_answer: 'unexpected-answer',
};

/**
 * The CredentialsProvider itself failed (an OAuth renewal could not reach the server, or was refused). Its
 * error is read by its `code` only (the auth service's codes), so an offline renewal still counts as `offline`
 * and the fleet cache can take over; `detail` is its already-scrubbed message.
 */
export function errorFromCredentials(c: CallInfo, e: unknown, detail: string): ApiError {
  const raw = (e as { code?: unknown } | null)?.code;
  const code = (typeof raw === 'string' && CREDENTIAL_CODES[raw]) || 'unauthorized';
  return new ApiError(
    code,
    `Could not get valid credentials for ${call(c)}: ${detail} ${AUTH_ADVICE[c.authKind]}`,
    {
      method: c.method,
      path: c.path,
      transient: code === 'offline' || code === 'timeout',
    },
  );
}
