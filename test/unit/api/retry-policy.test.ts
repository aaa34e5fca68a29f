import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../main/services/api/api-error.ts';
import {
  defaultRetryPolicy as policy,
  isRetryableMethod,
  retryDelayMs,
  shouldRetry,
} from '../../../main/services/api/retry-policy.ts';

const transient = new ApiError('server-error', 'x', { transient: true });
const permanent = new ApiError('not-found', 'x');

describe('retry policy', () => {
  it('retries reads only, never writes', () => {
    expect(isRetryableMethod('GET')).toBe(true);
    for (const m of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      expect(isRetryableMethod(m)).toBe(false);
      expect(shouldRetry(m, transient, 1, policy)).toBe(false);
    }
  });

  it('retries transient GET failures until the attempts are used up', () => {
    expect(shouldRetry('GET', transient, 1, policy)).toBe(true);
    expect(shouldRetry('GET', transient, policy.maxAttempts - 1, policy)).toBe(true);
    expect(shouldRetry('GET', transient, policy.maxAttempts, policy)).toBe(false);
  });

  it('does not retry permanent failures', () => {
    expect(shouldRetry('GET', permanent, 1, policy)).toBe(false);
  });

  it('hands a very long Retry-After back to the user instead of waiting it out', () => {
    const long = new ApiError('rate-limited', 'x', { transient: true, retryAfterMs: 3_600_000 });
    expect(shouldRetry('GET', long, 1, policy)).toBe(false);
  });

  it('backs off exponentially with jitter, capped', () => {
    const low = () => 0;
    const high = () => 0.999999;
    expect(retryDelayMs(1, policy, low)).toBe(125);
    expect(retryDelayMs(1, policy, high)).toBe(250);
    expect(retryDelayMs(2, policy, low)).toBe(250);
    expect(retryDelayMs(3, policy, low)).toBe(500);
    expect(retryDelayMs(30, policy, high)).toBe(policy.maxDelayMs);
  });

  it('never waits less than the server asked for', () => {
    expect(retryDelayMs(1, policy, () => 0.5, 5000)).toBe(5000);
  });
});
