import type { ApiError } from './api-error.ts';

/** How hard the client tries again after a transient failure. Only reads (GET) are ever retried. */
export interface RetryPolicy {
  /** Attempts in total, the first one included. 1 turns retries off. */
  maxAttempts: number;
  /** Backoff before the first retry; doubles each time (with jitter). */
  baseDelayMs: number;
  /** Ceiling of the backoff delay. */
  maxDelayMs: number;
  /** A 429 asking to wait longer than this is handed to the user instead of waited out. */
  maxRetryAfterMs: number;
}

/** Four attempts over about two seconds of backoff: rides out blips without keeping a technician waiting long. */
export const defaultRetryPolicy: RetryPolicy = {
  maxAttempts: 4,
  baseDelayMs: 250,
  maxDelayMs: 8000,
  maxRetryAfterMs: 60_000,
};

/**
 * Only GET (and HEAD) may be sent twice: a write that timed out or lost its connection may already have been
 * carried out (a switched relay, a deleted meter), so sending it again could do it twice.
 */
export function isRetryableMethod(method: string): boolean {
  const m = method.toUpperCase();
  return m === 'GET' || m === 'HEAD';
}

/** Whether attempt number `attempt` (1-based) that failed with `error` should be tried again. */
export function shouldRetry(method: string, error: ApiError, attempt: number, policy: RetryPolicy): boolean {
  if (!isRetryableMethod(method) || !error.transient || attempt >= policy.maxAttempts) return false;
  return error.retryAfterMs === undefined || error.retryAfterMs <= policy.maxRetryAfterMs;
}

/**
 * Delay before the retry after attempt `attempt`: exponential backoff with "equal jitter" (half fixed, half
 * random, so concurrent clients spread out), never shorter than the server's Retry-After.
 */
export function retryDelayMs(
  attempt: number,
  policy: RetryPolicy,
  random: () => number,
  retryAfterMs?: number,
): number {
  const exp = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempt - 1));
  const jittered = exp / 2 + random() * (exp / 2);
  return Math.round(Math.max(retryAfterMs ?? 0, jittered));
}
