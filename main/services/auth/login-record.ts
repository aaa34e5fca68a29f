import { z } from 'zod';

const tokenSet = z.object({
  accessToken: z.string().min(1),
  tokenType: z.literal('Bearer'),
  refreshToken: z.string().min(1).optional(),
  expiresAt: z.number().optional(),
  scope: z.array(z.string()),
});

const oauthLogin = z.object({
  flow: z.enum(['pkce', 'device', 'client-credentials']),
  baseUrl: z.string(),
  clientId: z.string().min(1),
  clientSecret: z.string().optional(),
  clientAuth: z.enum(['basic', 'post']).optional(),
  tokens: tokenSet,
  savedAt: z.number(),
});

/** One stored login, checked at runtime when read back: a damaged entry is reported, never half-used. */
export const loginRecordSchema = z.discriminatedUnion('flow', [
  oauthLogin,
  z.object({
    flow: z.literal('api-key'),
    baseUrl: z.string(),
    apiKey: z.string().min(1),
    savedAt: z.number(),
  }),
  z.object({
    flow: z.literal('basic'),
    baseUrl: z.string(),
    username: z.string().min(1),
    password: z.string(),
    savedAt: z.number(),
  }),
]);

/** A stored login: which flow, for which server, and what it needs to authenticate and renew. */
export type LoginRecord = z.infer<typeof loginRecordSchema>;
/** The OAuth kinds of stored login (the ones that hold tokens). */
export type OAuthLoginRecord = z.infer<typeof oauthLogin>;

/**
 * The SecretStore key of the login for a base URL. Normalised (scheme and host lower-case, no trailing slash)
 * so `https://API.smart-me.com/` and `https://api.smart-me.com` share one login.
 */
export function loginKey(baseUrl: string): string {
  let normal = baseUrl.trim();
  try {
    const url = new URL(normal);
    normal = `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '');
  } catch {
    // Not a URL: keep the text as the key; the login itself will refuse it with a clear message.
  }
  return `login:${normal}`;
}

/** Human facts about a stored login, safe to print: never a token, password, key or secret. */
export function describeLogin(r: LoginRecord): Record<string, unknown> {
  const base = { flow: r.flow, baseUrl: r.baseUrl, savedAt: new Date(r.savedAt).toISOString() };
  if (r.flow === 'api-key') return base;
  if (r.flow === 'basic') return { ...base, username: r.username };
  return {
    ...base,
    clientId: r.clientId,
    scope: r.tokens.scope.join(' '),
    refreshable: r.flow === 'client-credentials' || r.tokens.refreshToken !== undefined,
    ...(r.tokens.expiresAt === undefined ? {} : { expiresAt: new Date(r.tokens.expiresAt).toISOString() }),
  };
}
