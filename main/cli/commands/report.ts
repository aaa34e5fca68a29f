import { homedir } from 'node:os';
import { writeFile } from 'node:fs/promises';
import {
  buildSiteReport,
  renderSiteReport,
  type ReportFormat,
  type ReportLang,
} from '../../../shared/report/index.ts';
import { fleetView } from '../../services/contract-views/fleet-view.ts';
import { meterscopeHome } from '../../services/secrets/meterscope-home.ts';
import { createSettingsService } from '../../services/settings/settings-service.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs, type ParsedArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { loadFleetForCli, warnAboutFleet } from '../fleet-cli.ts';
import { UsageError, type CliIo } from '../io.ts';
import { packageVersion } from '../package-version.ts';
import { outputError } from '../output-error.ts';

/** How to call `meterscope report`. */
export const usage = `Usage: meterscope report [--format md|html] [--lang en|de] [--out FILE] [connection options]

Writes a site report of the installation for the customer or support: when the data is from, totals,
offline devices, M-Bus gateways with their readout interval and the gateway doctor's advice, stale meters,
problems while loading and plausibility hints. Without network, the report is made from the last loaded
data and says how old it is. It never contains passwords, tokens or API keys.

  --format md|html   Markdown (default) or one standalone, printable HTML page (no scripts, nothing loaded)
  --lang en|de       language of the report (default: the language set in Meterscope, else English)
  --out FILE         write the report to FILE instead of standard output

${CONNECTION_USAGE}`;

/** A flag that must be one of a few words. */
function oneOf<T extends string>(
  values: ParsedArgs['values'],
  flag: string,
  allowed: readonly T[],
): T | undefined {
  const v = values[flag];
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || !(allowed as readonly string[]).includes(v))
    throw new UsageError(`--${flag} must be ${allowed.join(' or ')}, got "${String(v)}".`);
  return v as T;
}

/** Builds the report from the fleet (live, or the cache when offline); exit 0, 1 on API errors, 2 usage. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const options = {
    ...connectionOptions,
    format: { type: 'string' },
    lang: { type: 'string' },
    out: { type: 'string' },
  } as const;
  const { values, positionals } = parseCommandArgs(argv, options);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const format = oneOf<ReportFormat>(values, 'format', ['md', 'html']) ?? 'md';
  const out = typeof values.out === 'string' ? values.out : undefined;
  const lang: ReportLang =
    oneOf<ReportLang>(values, 'lang', ['en', 'de']) ??
    (await createSettingsService(meterscopeHome(io.env, homedir())).get()).settings.language;
  const version = await packageVersion();
  return withConnection('report', values, io, async (c) => {
    const result = await loadFleetForCli(c, io);
    warnAboutFleet('report', result, io);
    const report = buildSiteReport(
      { fleet: fleetView(result), devices: result.fleet.devices },
      { lang, account: c.account, generator: `Meterscope ${version} (cli)` },
      Date.now(),
    );
    const file = renderSiteReport(report, format);
    if (out === undefined) {
      io.out(file.text);
      return 0;
    }
    await writeFile(out, file.text).catch((e: NodeJS.ErrnoException) => {
      throw outputError(out, e);
    });
    const n = report.totals;
    io.out(
      `Wrote the site report to ${out}: ${n.devices} devices (${n.offline} offline), ${n.gateways} gateways, ` +
        `${n.staleMeters} stale meters, data as of ${report.data.asOf}.\n`,
    );
    return 0;
  });
}
