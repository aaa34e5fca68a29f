import type { z } from 'zod';
import type { PendingLoginSchema } from '../../../shared/contract/calls/auth.ts';
import type { LoginRecord } from '../auth/login-record.ts';
import { performLogin, type LoginPorts, type LoginRequest } from '../auth/perform-login.ts';

/** The step the person has to take outside Meterscope. */
export type PendingStep = z.infer<typeof PendingLoginSchema>;

/** A browser or device-code login running in the background. */
export interface BackgroundLogin {
  /** Resolves with the authorize URL or the code as soon as there is one; rejects if the flow fails first. */
  step: Promise<PendingStep>;
  /** Resolves with the record to store once the person finished; rejects on failure or cancel. */
  done: Promise<LoginRecord>;
  cancel(): void;
}

/** The OAuth flows a person finishes elsewhere. */
export type InteractiveRequest = Extract<LoginRequest, { flow: 'pkce' | 'device' }>;

/**
 * Starts a PKCE or Device Code login without waiting for the person: the view gets the authorize URL (to
 * open) or the code (to type) at once, and the login completes later. The browser is the view's business,
 * so `openBrowser` only hands the URL over; in Electron the window-open guard passes it to the system browser.
 */
export function startBackgroundLogin(
  request: InteractiveRequest,
  ports: Pick<LoginPorts, 'clock' | 'fetch' | 'wait' | 'timeoutMs'> = {},
): BackgroundLogin {
  const abort = new AbortController();
  const clock = ports.clock ?? Date.now;
  let resolveStep!: (step: PendingStep) => void;
  let rejectStep!: (e: unknown) => void;
  const step = new Promise<PendingStep>((res, rej) => ((resolveStep = res), (rejectStep = rej)));
  const done = performLogin(request, {
    ...ports,
    signal: abort.signal,
    openBrowser: (authorizeUrl) => resolveStep({ flow: 'pkce', authorizeUrl }),
    onDevicePrompt: (p) =>
      resolveStep({
        flow: 'device',
        userCode: p.userCode,
        verificationUri: p.verificationUri,
        ...(p.verificationUriComplete ? { verificationUriComplete: p.verificationUriComplete } : {}),
        expiresAt: new Date(clock() + p.expiresInSeconds * 1000).toISOString(),
      }),
  });
  // Whoever awaits only one of the two must not leave the other as an unhandled rejection.
  done.catch((e: unknown) => rejectStep(e));
  step.catch(() => undefined);
  return { step, done, cancel: () => abort.abort() };
}
