import type { CodeGrant } from './authorization-codes.ts';

/** A validated authorization request waiting for the person to approve or deny it. */
export interface PendingConsent extends Omit<CodeGrant, 'accountId'> {
  state: string | undefined;
}

/**
 * Holds validated /oauth/authorize requests between the consent page and its form post, under an unguessable
 * id. The form carries only that id, so nothing the browser re-submits can change the client, redirect URI,
 * scopes or PKCE challenge that were checked.
 */
export function createConsentRequests(o: {
  clock: () => number;
  token: () => string;
  lifetimeSeconds: number;
}) {
  const pending = new Map<string, PendingConsent & { expiresAt: number }>();
  return {
    /** Remembers a checked request and returns the id the consent form posts back. */
    add(request: PendingConsent): string {
      const now = o.clock();
      for (const [id, p] of pending) if (now >= p.expiresAt) pending.delete(id);
      const id = o.token();
      pending.set(id, { ...request, expiresAt: now + o.lifetimeSeconds * 1000 });
      return id;
    },
    /** The request, while it is still waiting. */
    get(id: string): PendingConsent | undefined {
      const p = pending.get(id);
      return p && o.clock() < p.expiresAt ? p : undefined;
    },
    /** Ends a request: it was approved or denied and must not be answered twice. */
    finish(id: string): void {
      pending.delete(id);
    },
  };
}

/** The consent request store as the endpoints use it. */
export type ConsentRequests = ReturnType<typeof createConsentRequests>;
