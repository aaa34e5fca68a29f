import { z } from 'zod';
import { defineCall } from '../define.ts';
import { SettingsSchema } from '../settings.ts';
import { NoArguments } from './app.ts';

/**
 * The login calls of the Connect view. Passwords and API keys travel renderer → main once, inside a login
 * request; tokens never travel back: the renderer only ever sees facts about a login (LoginInfoSchema).
 */

/** Every way to be logged in; `demo` is the built-in simulator. */
export const LoginFlowSchema = z.enum(['demo', 'pkce', 'device', 'client-credentials', 'api-key', 'basic']);

/** Facts about the current login that are safe to show: never a token, password, key or secret. */
export const LoginInfoSchema = z.object({
  flow: LoginFlowSchema,
  baseUrl: z.string(),
  /** ISO time the login was made (or restored from storage). */
  since: z.string(),
  username: z.string().optional(),
  clientId: z.string().optional(),
  scope: z.string().optional(),
  /** OAuth: the session renews itself (refresh token). */
  refreshable: z.boolean().optional(),
  /** OAuth: when the current access token expires (ISO). */
  expiresAt: z.string().optional(),
  /** True when the login is kept in the token storage and survives a restart. */
  stored: z.boolean(),
});

/** A login the person still has to finish outside Meterscope: in the browser, or by typing a code. */
export const PendingLoginSchema = z.discriminatedUnion('flow', [
  z.object({ flow: z.literal('pkce'), authorizeUrl: z.string() }),
  z.object({
    flow: z.literal('device'),
    userCode: z.string(),
    verificationUri: z.string(),
    verificationUriComplete: z.string().optional(),
    /** ISO time the code stops working. */
    expiresAt: z.string(),
  }),
]);

/** Where logging in stands: what `auth:status` answers and `auth:changed` carries. */
export const AuthStatusSchema = z.object({
  login: LoginInfoSchema.nullable(),
  pending: PendingLoginSchema.nullable(),
  /** Why the last login attempt failed (e.g. the browser login was denied), until the next attempt. */
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  /** Something to know about a login that worked (e.g. accepted without checking, because offline). */
  notice: z.string().nullable(),
});

/** The login state, as the Connect view shows it. */
export type AuthStatus = z.infer<typeof AuthStatusSchema>;
/** Facts about one login. */
export type LoginInfo = z.infer<typeof LoginInfoSchema>;

const baseUrl = SettingsSchema.shape.baseUrl.optional();
const clientId = z.string().trim().min(1).max(200).optional();
const scope = z.string().trim().min(1).max(500).optional();

/** One login as a person asks for it; fields left out come from the settings. */
export const LoginRequestSchema = z.discriminatedUnion('method', [
  z.object({ method: z.literal('demo') }),
  z.object({
    method: z.literal('pkce'),
    baseUrl,
    clientId,
    scope,
    port: z.int().min(0).max(65535).optional(),
  }),
  z.object({ method: z.literal('device'), baseUrl, clientId, scope }),
  z.object({
    method: z.literal('api-key'),
    baseUrl,
    apiKey: z.string().trim().min(1, 'enter the API key').max(500),
  }),
  z.object({
    method: z.literal('basic'),
    baseUrl,
    username: z.string().trim().min(1, 'enter the user name or e-mail').max(300),
    password: z.string().min(1, 'enter the password').max(500),
  }),
]);

/** A login request. */
export type LoginRequest = z.infer<typeof LoginRequestSchema>;

/** `auth:status`: the current login, a pending one, and the last failure. */
export const authStatusCall = defineCall({
  summary: 'Who is logged in (facts only, no secrets), a login waiting for the browser, the last failure',
  request: NoArguments,
  response: AuthStatusSchema,
});

/**
 * `auth:login`: demo, API key and Basic answer when done. PKCE and Device Code answer at once with the
 * pending step (the authorize URL to open, or the code to type); `auth:changed` follows when it finishes.
 */
export const authLoginCall = defineCall({
  summary: 'Log in (demo, OAuth PKCE, Device Code, API key, Basic); OAuth finishes later with auth:changed',
  request: LoginRequestSchema,
  response: AuthStatusSchema,
});

/** `auth:cancel`: stops a login that waits for the browser or a code. */
export const authCancelCall = defineCall({
  summary: 'Cancel the pending OAuth login',
  request: NoArguments,
  response: AuthStatusSchema,
});

/** `auth:logout`: forgets the login (also from the token storage). */
export const authLogoutCall = defineCall({
  summary: 'Log out and forget the stored login',
  request: NoArguments,
  response: AuthStatusSchema,
});

/** `auth:selfTest`: checks a browser redirect reaches this computer, and which redirect URI to register. */
export const authSelfTestCall = defineCall({
  summary: 'Redirect self-test: can a browser reach the loopback listener, and which URI to register',
  request: z.object({ port: z.int().min(0).max(65535).optional() }),
  response: z.object({ ok: z.boolean(), testedUri: z.string(), registerUri: z.string(), detail: z.string() }),
});
