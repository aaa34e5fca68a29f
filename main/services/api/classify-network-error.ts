import type { NetworkFailure } from './error-mapping.ts';

/** What went wrong below HTTP: a network failure, or bytes that were not a usable HTTP answer. */
export type TransportFailure = NetworkFailure | 'garbled' | 'too-large';

const BY_CODE: Record<string, TransportFailure> = {
  UND_ERR_CONNECT_TIMEOUT: 'connect-timeout',
  ETIMEDOUT: 'connect-timeout',
  UND_ERR_HEADERS_TIMEOUT: 'headers-timeout',
  UND_ERR_BODY_TIMEOUT: 'body-timeout',
  UND_ERR_SOCKET: 'dropped',
  UND_ERR_CLOSED: 'dropped',
  UND_ERR_RES_CONTENT_LENGTH_MISMATCH: 'dropped',
  ECONNRESET: 'dropped',
  EPIPE: 'dropped',
  ECONNABORTED: 'dropped',
  ECONNREFUSED: 'refused',
  ENOTFOUND: 'dns',
  EAI_AGAIN: 'dns',
  EAI_FAIL: 'dns',
  ENETUNREACH: 'unreachable',
  EHOSTUNREACH: 'unreachable',
  ENETDOWN: 'unreachable',
  EHOSTDOWN: 'unreachable',
  EADDRNOTAVAIL: 'unreachable',
  UND_ERR_RES_EXCEEDED_MAX_SIZE: 'too-large',
  UND_ERR_HEADERS_OVERFLOW: 'garbled',
};

function codeOf(e: unknown): string | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * Sorts undici / Node socket errors into the few cases a technician can act on. Looks through `cause` and
 * AggregateError (happy-eyeballs tries several addresses) to the first code it knows; unknown errors count as a
 * dropped connection, the least surprising reading of "the request did not complete".
 */
export function classifyNetworkError(e: unknown, depth = 0): TransportFailure {
  const code = codeOf(e);
  if (code && code in BY_CODE) return BY_CODE[code] as TransportFailure;
  if (code?.startsWith('HPE_')) return 'garbled';
  if (code && /CERT|TLS|SSL|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return 'tls';
  if (depth < 4) {
    const nested = [
      ...((e as { errors?: unknown[] } | null)?.errors ?? []),
      (e as { cause?: unknown } | null)?.cause,
    ].filter((x) => x !== undefined && x !== null);
    for (const inner of nested) {
      const found = classifyNetworkError(inner, depth + 1);
      if (codeOf(inner) || found !== 'dropped') return found;
    }
  }
  return 'dropped';
}

const PHRASES: Record<TransportFailure, string> = {
  refused: 'connection refused: nothing listens at that address and port',
  dns: 'host name not found',
  unreachable: 'network or host unreachable',
  'connect-timeout': 'no connection within the time limit',
  'headers-timeout': 'connected, but no answer within the time limit',
  'body-timeout': 'the answer stalled part-way',
  dropped: 'the connection was dropped',
  tls: 'TLS (certificate) problem',
  garbled: 'the answer was not HTTP',
  'too-large': 'the answer was too large',
};

/**
 * A failed request in words a technician acts on, with the system's own text after it for searching:
 * `connection refused: nothing listens at that address and port (connect ECONNREFUSED 127.0.0.1:9)`.
 */
export function networkErrorPhrase(e: unknown): string {
  if (!(e instanceof Error)) return String(e);
  const cause = (e as { cause?: unknown }).cause;
  const detail = cause instanceof Error && cause.message ? cause.message : e.message;
  const code = codeOf(e) ?? codeOf(cause);
  const raw = code && !detail.includes(code) ? `${code}: ${detail}` : detail;
  return `${PHRASES[classifyNetworkError(e)]} (${raw})`;
}
