import { createHash, randomBytes } from 'node:crypto';

/** A fresh RFC 7636 verifier and its S256 challenge, for tests that speak OAuth by hand. */
export function pkcePair(): { verifier: string; challenge: string } {
  const verifier = randomBytes(32).toString('base64url');
  return { verifier, challenge: createHash('sha256').update(verifier).digest('base64url') };
}

/** The authorize URL for the public demo client with PKCE, with overrides per test. */
export function authorizeUrl(baseUrl: string, params: Record<string, string | undefined>): string {
  const url = new URL(`${baseUrl}/oauth/authorize`);
  const all: Record<string, string | undefined> = {
    response_type: 'code',
    client_id: 'meterscope-demo',
    redirect_uri: 'http://127.0.0.1:45678/callback',
    scope: 'device.read offline_access',
    state: 'st-123',
    code_challenge_method: 'S256',
    ...params,
  };
  for (const [k, v] of Object.entries(all)) if (v !== undefined) url.searchParams.set(k, v);
  return url.href;
}
