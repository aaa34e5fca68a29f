import { hookUrlDigest } from './known-hook-urls.ts';
import type { RegisterRealtimeApiData } from './registrations-port.ts';
import { hasSecretShape, lastPathSegment, sameWebhookUrl } from './webhook-url.ts';

/** How a registration relates to this listener. */
export type RegistrationMark = 'current' | 'stale' | 'foreign';

/** What the classifier knows about this Meterscope. */
export interface ClassifyContext {
  /** The webhook URL registrations should point at now (public URL + secret path), if a tunnel is verified. */
  currentHookUrl?: string;
  /** The listener's secret path segment. */
  currentSecret?: string;
  /** Digests of webhook URLs Meterscope used before (see KnownHookUrlStore). */
  knownDigests: ReadonlySet<string>;
}

/**
 * Marks one registration: `current` points at this listener now; `stale` points at an earlier Meterscope
 * listener or tunnel (a known earlier URL, this secret behind another host, or a Meterscope-shaped secret
 * path elsewhere); `foreign` is someone else's endpoint and is never touched without being asked.
 */
export function classifyRegistration(
  registration: RegisterRealtimeApiData,
  ctx: ClassifyContext,
): { mark: RegistrationMark; reason: string } {
  const url = registration.ApiUrl;
  if (ctx.currentHookUrl && sameWebhookUrl(url, ctx.currentHookUrl)) {
    return { mark: 'current', reason: 'points at this listener' };
  }
  if (url && ctx.knownDigests.has(hookUrlDigest(url))) {
    return { mark: 'stale', reason: 'points at an earlier Meterscope address that no longer answers' };
  }
  if (ctx.currentSecret && lastPathSegment(url) === ctx.currentSecret) {
    return {
      mark: 'stale',
      reason: 'carries this listener’s secret path but another host (the public URL changed)',
    };
  }
  if (hasSecretShape(url)) {
    return {
      mark: 'stale',
      reason: 'looks like an earlier Meterscope webhook (secret path) at another address',
    };
  }
  return { mark: 'foreign', reason: 'someone else’s endpoint' };
}
