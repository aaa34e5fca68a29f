import { createHash } from 'node:crypto';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { createSmartMeApi, type SmartMeApi } from '../services/api/smartme-api.ts';
import type { ApiClientOptions } from '../services/api/api-client.ts';
import type { CredentialsProvider } from '../services/api/credentials.ts';
import { safeUrl } from '../services/api/redact.ts';
import { apiKeyCredentials, basicCredentials } from '../services/api/static-credentials.ts';
import { loadStoredLogin } from '../services/auth/stored-login.ts';
import { meterscopeHome } from '../services/secrets/meterscope-home.ts';
import type { ParsedArgs } from './args.ts';
import { UsageError, type CliIo } from './io.ts';

/** The smart-me cloud, used when neither --base-url nor METERSCOPE_BASE_URL says otherwise. */
export const DEFAULT_BASE_URL = 'https://api.smart-me.com';

/** parseArgs options every command that talks to the cloud accepts. Spread them into the command's own. */
export const connectionOptions = {
  'base-url': { type: 'string' },
  user: { type: 'string' },
  password: { type: 'string' },
  'api-key': { type: 'string' },
} as const;

/** The usage lines for connectionOptions, so every command documents them the same way. */
export const CONNECTION_USAGE = `Connection:
  --base-url URL     smart-me API (default ${DEFAULT_BASE_URL}, or $METERSCOPE_BASE_URL)
  --user NAME        user name or e-mail for Basic auth, with --password (or $METERSCOPE_PASSWORD)
  --password PW      password for --user
  --api-key KEY      an API key from the smart-me portal (or $METERSCOPE_API_KEY)
  Without these, the login stored by "meterscope login" is used.`;

/** An open connection: the typed API plus what messages and the fleet cache need to know about it. */
export interface Connection {
  api: SmartMeApi;
  /** Base URL without credentials, for messages. */
  server: string;
  /** A non-secret label of the account (user name, key fingerprint or "stored login") for the cache key. */
  account: string;
  /** `$METERSCOPE_HOME` (or its default): where caches live. */
  home: string;
  close(): Promise<void>;
}

const text = (v: ParsedArgs['values'][string]) => (typeof v === 'string' ? v : undefined);

/** Reads --base-url / $METERSCOPE_BASE_URL; refuses anything but https (plain http only to this computer). */
export function resolveBaseUrl(values: ParsedArgs['values'], env: CliIo['env']): string {
  const raw = text(values['base-url']) ?? env.METERSCOPE_BASE_URL ?? DEFAULT_BASE_URL;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new UsageError(`--base-url must be a URL such as ${DEFAULT_BASE_URL}, got "${safeUrl(raw)}".`);
  }
  const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && loopback)) {
    // Plain http would send the password or key readable to everyone on the way.
    throw new UsageError(
      `--base-url must start with https:// (http:// only for a simulator on this computer).`,
    );
  }
  return raw.replace(/\/+$/, '');
}

/** A short fingerprint of a secret: tells cache files apart without revealing anything useful. */
const fingerprint = (secret: string) => createHash('sha256').update(secret).digest('hex').slice(0, 8);

/**
 * Picks the credentials the way the user expects: explicit flags first (user + password, or API key; the
 * secrets may come from the environment to keep them out of the process list), then the stored login.
 */
export async function resolveCredentials(
  values: ParsedArgs['values'],
  env: CliIo['env'],
  baseUrl: string,
  home: string,
): Promise<{ credentials: CredentialsProvider; account: string }> {
  const user = text(values.user);
  const password = text(values.password) ?? env.METERSCOPE_PASSWORD;
  const apiKey = text(values['api-key']) ?? (user ? undefined : env.METERSCOPE_API_KEY);
  if (user && text(values['api-key']))
    throw new UsageError('Use either --user/--password or --api-key, not both.');
  if (text(values.password) && !user) throw new UsageError('--password needs --user.');
  if (user) {
    if (password === undefined) throw new UsageError('--user needs --password (or $METERSCOPE_PASSWORD).');
    return { credentials: basicCredentials(user, password), account: `user:${user.toLowerCase()}` };
  }
  if (apiKey) return { credentials: apiKeyCredentials(apiKey), account: `apikey:${fingerprint(apiKey)}` };
  const stored = await loadStoredLogin({ home, baseUrl, env });
  if (stored) return { credentials: stored, account: 'stored-login' };
  throw new UsageError(
    `No credentials for ${safeUrl(baseUrl)}: pass --user and --password, or --api-key, or run "meterscope login" first.`,
  );
}

/** Opens the API for a command from its parsed flags. Close it when done (keep-alive sockets). */
export async function openConnection(
  values: ParsedArgs['values'],
  io: CliIo,
  client: Partial<Omit<ApiClientOptions, 'baseUrl' | 'credentials'>> = {},
): Promise<Connection> {
  const baseUrl = resolveBaseUrl(values, io.env);
  const home = meterscopeHome(io.env, homedir());
  const { credentials, account } = await resolveCredentials(values, io.env, baseUrl, home);
  const api = createSmartMeApi({ baseUrl, credentials, ...client });
  return { api, server: safeUrl(baseUrl), account, home, close: () => api.close() };
}

/** Where a command keeps its fleet cache: `$METERSCOPE_HOME/cache`. */
export const cacheDir = (c: Connection) => join(c.home, 'cache');
