import { request } from 'undici';
import type { ProbePost, Sleep } from './verify.ts';

/** Per-attempt limit: a tunnel that takes longer than this to answer one POST is not usable for webhooks. */
const ATTEMPT_TIMEOUT_MS = 10_000;

/** The real probe sender: one POST with an empty body, no redirects followed (the cloud does not follow them). */
export const postProbe: ProbePost = async (url, headers, signal) => {
  const res = await request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/octet-stream', ...headers },
    body: '',
    signal: AbortSignal.any([signal, AbortSignal.timeout(ATTEMPT_TIMEOUT_MS)]),
    headersTimeout: ATTEMPT_TIMEOUT_MS,
    bodyTimeout: ATTEMPT_TIMEOUT_MS,
  });
  await res.body.dump();
  return { status: res.statusCode };
};

/** The real Sleep: a timer that the signal can cancel. */
export const sleepFor: Sleep = (ms, signal) =>
  new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
