import type { AuthStatus, LoginInfo, LoginRequest } from '../../../shared/contract/calls/auth.ts';
import type { DemoSession } from '../../app.ts';
import { exposedError, ServiceError } from '../../ipc/service-error.ts';
import type { ApiClientOptions } from '../api/api-client.ts';
import type { CredentialsProvider } from '../api/credentials.ts';
import { safeUrl } from '../api/redact.ts';
import { createSmartMeApi, type SmartMeApi } from '../api/smartme-api.ts';
import { basicCredentials } from '../api/static-credentials.ts';
import type { LoginRecord } from '../auth/login-record.ts';
import { sessionFromRecord } from '../auth/session-from-record.ts';
import { deleteLogin, readLogin, writeLogin } from '../auth/stored-login.ts';
import { fleetCacheKey } from '../fleet/fleet-cache.ts';
import type { SecretStore } from '../secrets/secret-store.ts';
import type { SettingsService } from '../settings/settings-service.ts';
import { startBackgroundLogin, type BackgroundLogin, type PendingStep } from './background-login.ts';
import { checkBaseUrl } from './check-base-url.ts';
import { startBuiltInDemo, type DemoStarter, type StartedDemo } from './demo-starter.ts';
import { accountLabel, demoLoginInfo, loginInfoFromRecord } from './login-info.ts';
import { verifyKeyLogin } from './verify-key-login.ts';

/** The scopes an OAuth login asks for unless the person says otherwise: read, switch, change, webhooks. */
export const DEFAULT_OAUTH_SCOPE =
  'device.read device.readswitch device.readwrite realtimeapi.readwrite user.read offline_access';

/** The login the views work with: facts to show, the API to call, and where its fleet is cached. */
export interface ActiveSession {
  readonly info: LoginInfo;
  readonly api: SmartMeApi;
  /** Base URL without credentials, for messages and the fleet record. */
  readonly server: string;
  /** fleetCacheKey(server, account): one cache per account and server. */
  readonly cacheKey: string;
}

/** What the session needs from the app: storage, settings, the demo, and where to report changes. */
export interface SessionManagerOptions {
  secretStore: SecretStore;
  settings: SettingsService;
  /** Set in demo mode: the session starts logged in to it. */
  demo: DemoSession | null;
  /** Starts the simulator when the demo is asked for without demo mode; the real one by default. */
  startDemo?: DemoStarter;
  /** Called after every change (the app emits `auth:changed`). */
  onChange(status: AuthStatus): void;
  clock?: () => number;
  /** OAuth's HTTP port (tests); the global fetch by default. */
  fetch?: typeof fetch;
  /** How long a browser login waits; 5 minutes by default. */
  loginTimeoutMs?: number;
  /** Extra API client options for every session (tests: no retries). */
  api?: Partial<Omit<ApiClientOptions, 'baseUrl' | 'credentials'>>;
}

/** The login state of the app; one per app, shared by every window. */
export interface SessionManager {
  status(): Promise<AuthStatus>;
  login(request: LoginRequest): Promise<AuthStatus>;
  cancel(): Promise<AuthStatus>;
  logout(): Promise<AuthStatus>;
  /** The current login, or a `not-connected` error telling the person to log in. */
  require(): Promise<ActiveSession>;
  close(): Promise<void>;
}

interface Pending {
  login: BackgroundLogin;
  step: PendingStep | null;
}

/**
 * Holds who is logged in. Restores the stored login (or the demo) at start, runs the login flows (the OAuth
 * ones in the background, reporting their end through `onChange`), stores logins in the SecretStore and
 * remembers the base URL and client ID in the settings, so the next start is logged in again.
 */
export function createSessionManager(o: SessionManagerOptions): SessionManager {
  const clock = o.clock ?? Date.now;
  let active: ActiveSession | undefined;
  let pending: Pending | undefined;
  let error: AuthStatus['error'] = null;
  let notice: string | null = null;
  let demoStart: Promise<StartedDemo> | undefined;

  const snapshot = (): AuthStatus => ({
    login: active?.info ?? null,
    pending: pending?.step ?? null,
    error,
    notice,
  });
  const changed = () => o.onChange(snapshot());

  const activate = async (info: LoginInfo, api: SmartMeApi, account: string) => {
    const previous = active;
    const server = safeUrl(info.baseUrl);
    active = { info, api, server, cacheKey: fleetCacheKey(server, account) };
    if (previous && previous.api !== api) await previous.api.close();
  };
  const apiFor = (baseUrl: string, credentials: CredentialsProvider) =>
    createSmartMeApi({ baseUrl, credentials, ...o.api });

  const activateDemo = (demo: DemoSession) =>
    activate(
      demoLoginInfo(demo.baseUrl, clock()),
      apiFor(demo.baseUrl, basicCredentials(demo.credentials.user, demo.credentials.password)),
      accountLabel({ flow: 'demo' }),
    );

  // Rotated refresh tokens must be kept; if storing fails the login still works until the app exits.
  const save = (next: LoginRecord) => writeLogin(o.secretStore, next).catch(() => undefined);

  const activateRecord = (record: LoginRecord, stored: boolean, since: number, api?: SmartMeApi) =>
    activate(
      loginInfoFromRecord(record, stored, since),
      api ?? apiFor(record.baseUrl, sessionFromRecord(record, save, { clock, fetch: o.fetch })),
      accountLabel(record),
    );

  const store = async (record: LoginRecord): Promise<boolean> => {
    try {
      await writeLogin(o.secretStore, record);
      return true;
    } catch (e) {
      const why = exposedError(e)?.message ?? 'the token storage failed';
      notice = `Logged in, but the login could not be stored (${why}). You will have to log in again after a restart.`;
      return false;
    }
  };

  // The next start restores the login stored for the base URL in the settings: keep them in step.
  const remember = async (baseUrl: string, clientId?: string) => {
    const { settings } = await o.settings.get();
    const patch = {
      ...(settings.baseUrl.replace(/\/+$/, '') === baseUrl ? {} : { baseUrl }),
      ...(clientId && clientId !== settings.oauth.clientId ? { oauth: { clientId } } : {}),
    };
    if (Object.keys(patch).length > 0) await o.settings.set(patch).catch(() => undefined);
  };

  const restore = async () => {
    try {
      if (o.demo) return await activateDemo(o.demo);
      const { settings } = await o.settings.get();
      const record = await readLogin(o.secretStore, settings.baseUrl);
      if (record) await activateRecord(record, true, clock());
    } catch (e) {
      error = errorOf(e);
    }
  };
  const ready = restore();

  const startDemo = (): Promise<StartedDemo> =>
    (demoStart ??= (o.startDemo ?? startBuiltInDemo)().catch((e: unknown) => {
      demoStart = undefined;
      throw new ServiceError(
        'demo-unavailable',
        `The built-in demo could not start: ${(e as Error).message}`,
      );
    }));

  const dropPending = () => {
    const p = pending;
    pending = undefined;
    p?.login.cancel();
  };

  const startOAuth = async (request: Extract<LoginRequest, { method: 'pkce' | 'device' }>) => {
    const { settings } = await o.settings.get();
    const baseUrl = checkBaseUrl(request.baseUrl ?? settings.baseUrl);
    const fallback = request.method === 'device' ? settings.oauth.deviceClientId : '';
    const clientId = request.clientId ?? (fallback || settings.oauth.clientId);
    if (!clientId) {
      throw new ServiceError(
        'client-id-missing',
        'Enter the client ID of your smart-me OAuth application (the simulator\'s is "meterscope-demo").',
      );
    }
    const scope = request.scope ?? DEFAULT_OAUTH_SCOPE;
    const login = startBackgroundLogin(
      request.method === 'pkce'
        ? { flow: 'pkce', baseUrl, clientId, scope, port: request.port ?? settings.oauth.redirectPort }
        : { flow: 'device', baseUrl, clientId, scope },
      { clock, fetch: o.fetch, timeoutMs: o.loginTimeoutMs },
    );
    const entry: Pending = { login, step: null };
    pending = entry;
    login.done.then(
      async (record) => {
        if (pending !== entry) return;
        const stored = await store(record);
        await activateRecord(record, stored, clock());
        pending = undefined;
        await remember(baseUrl, request.method === 'pkce' ? clientId : undefined);
        changed();
      },
      (e: unknown) => {
        if (pending !== entry) return;
        pending = undefined;
        // Before the first step the call itself fails; after it, the view learns it from the event.
        if (entry.step === null) return;
        error = errorOf(e);
        changed();
      },
    );
    try {
      entry.step = await login.step;
    } catch (e) {
      if (pending === entry) pending = undefined;
      throw e;
    }
  };

  const keyLogin = async (request: Extract<LoginRequest, { method: 'api-key' | 'basic' }>) => {
    const { settings } = await o.settings.get();
    const baseUrl = checkBaseUrl(request.baseUrl ?? settings.baseUrl);
    const record: LoginRecord =
      request.method === 'api-key'
        ? { flow: 'api-key', baseUrl, apiKey: request.apiKey, savedAt: clock() }
        : {
            flow: 'basic',
            baseUrl,
            username: request.username,
            password: request.password,
            savedAt: clock(),
          };
    const api = apiFor(baseUrl, sessionFromRecord(record, save));
    const offline = await verifyKeyLogin(api);
    if (offline) notice = offline;
    const stored = await store(record);
    await activateRecord(record, stored, clock(), api);
    await remember(baseUrl);
  };

  return {
    status: async () => {
      await ready;
      return snapshot();
    },
    async login(request) {
      await ready;
      dropPending();
      error = null;
      notice = null;
      try {
        if (request.method === 'demo') await activateDemo(o.demo ?? (await startDemo()));
        else if (request.method === 'pkce' || request.method === 'device') await startOAuth(request);
        else await keyLogin(request);
      } finally {
        changed();
      }
      return snapshot();
    },
    async cancel() {
      await ready;
      dropPending();
      changed();
      return snapshot();
    },
    async logout() {
      await ready;
      dropPending();
      const was = active;
      active = undefined;
      error = null;
      notice = null;
      try {
        if (was && was.info.flow !== 'demo') await deleteLogin(o.secretStore, was.info.baseUrl);
      } finally {
        await was?.api.close();
        changed();
      }
      return snapshot();
    },
    async require() {
      await ready;
      if (active) return active;
      throw new ServiceError(
        'not-connected',
        'Not logged in. Open Connect and try the demo or log in to your smart-me account.',
      );
    },
    async close() {
      await ready;
      dropPending();
      await active?.api.close();
      const demo = await demoStart?.catch(() => undefined);
      await demo?.close();
    },
  };
}

function errorOf(e: unknown): { code: string; message: string } {
  return (
    exposedError(e) ?? {
      code: 'internal',
      message: 'The login failed for an unexpected reason. Please try again; details are in the log.',
    }
  );
}
