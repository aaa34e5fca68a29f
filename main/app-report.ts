import { arch, platform } from 'node:os';
import type { ContractServices } from '../shared/contract/types.ts';
import { buildSiteReport, renderSiteReport } from '../shared/report/index.ts';
import type { DemoSession } from './app.ts';
import type { FleetServices } from './app-fleet.ts';
import { NGROK_AUTHTOKEN_SECRET } from './app-secrets.ts';
import { loginKey } from './services/auth/login-record.ts';
import type { SecretStore } from './services/secrets/secret-store.ts';
import type { SessionManager } from './services/session/session-manager.ts';
import type { SettingsService } from './services/settings/settings-service.ts';
import {
  collectSupportBundle,
  secretValuesOf,
  supportBundleFile,
  type BundleError,
} from './services/support/index.ts';

/** What the report calls need from the composition root. */
export interface ReportContext {
  session: SessionManager;
  fleet: FleetServices;
  fleetLoad: ContractServices['fleet:load'];
  settings: SettingsService;
  secretStore: SecretStore;
  demo: DemoSession | null;
  home: string;
  host: 'electron' | 'web';
  version: string;
  clock?: () => number;
}

/**
 * Every secret value main holds for the current login, so the bundle strips them wherever they appear. The
 * demo's published credentials (`demo`) are not secrets: stripping them would mangle every "demo" text.
 */
async function knownSecrets(ctx: ReportContext, baseUrl: string | undefined): Promise<string[]> {
  const secrets: string[] = [];
  const ngrok = await ctx.secretStore.get(NGROK_AUTHTOKEN_SECRET).catch(() => undefined);
  if (ngrok) secrets.push(ngrok);
  const stored = baseUrl ? await ctx.secretStore.get(loginKey(baseUrl)).catch(() => undefined) : undefined;
  if (stored) {
    try {
      secrets.push(...secretValuesOf(JSON.parse(stored)));
    } catch {
      secrets.push(stored);
    }
  }
  return secrets;
}

/**
 * `report:build` and `support:bundle`: main builds both files because it holds the fleet and the secrets to
 * strip; the renderer only saves them. The report uses the fleet the views show (loaded now if it was not,
 * the offline cache when the network is gone); the bundle never fails for a missing part, it lists it.
 */
export function createReportServices(
  ctx: ReportContext,
): Pick<ContractServices, 'report:build' | 'support:bundle'> {
  const clock = ctx.clock ?? Date.now;
  return {
    'report:build': async ({ format, lang }) => {
      const s = await ctx.session.require();
      const view = await ctx.fleetLoad({ refresh: false });
      const { settings } = await ctx.settings.get();
      const held = ctx.fleet.held(s.cacheKey);
      const report = buildSiteReport(
        { fleet: view, devices: held?.view === view ? held.devices : null },
        {
          lang: lang ?? settings.language,
          account: s.info.username ?? s.info.flow,
          generator: `Meterscope ${ctx.version} (${ctx.host})`,
          offlineMinutes: settings.thresholds.deviceOfflineMinutes,
          staleHours: settings.thresholds.mbusStaleHours,
        },
        clock(),
      );
      return renderSiteReport(report, format);
    },
    'support:bundle': async ({ frames }) => {
      const { login } = await ctx.session.status();
      const errors: BundleError[] = [];
      const active = login ? await ctx.session.require().catch(() => undefined) : undefined;
      const fleet = active ? (ctx.fleet.held(active.cacheKey)?.view ?? null) : null;
      if (!login)
        errors.push({
          source: 'login',
          code: 'not-connected',
          message: 'Nobody was logged in when the bundle was made.',
        });
      else if (!fleet)
        errors.push({
          source: 'fleet',
          code: 'not-loaded',
          message: 'The fleet was not loaded yet in this window.',
        });
      const bundle = await collectSupportBundle({
        home: ctx.home,
        app: {
          version: ctx.version,
          host: ctx.host,
          node: process.version,
          platform: `${platform()} ${arch()}`,
          demo: ctx.demo !== null,
        },
        login,
        fleet,
        errors,
        settings: () => ctx.settings.get(),
        frames,
        knownSecrets: await knownSecrets(ctx, login?.baseUrl),
        now: clock,
      });
      return supportBundleFile(bundle);
    },
  };
}
