import { EMPTY_GUID } from '../../services/fleet/build-gateway.ts';
import type { FleetGateway, FleetMeter } from '../../services/fleet/fleet-types.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { cellText, formatTable, type Column } from '../table.ts';
import { displayDate } from '../display.ts';
import { fleetJsonMeta, loadFleetForCli, warnAboutFleet } from '../fleet-cli.ts';
import { UsageError, type CliIo } from '../io.ts';

/** How to call `meterscope gateways`. */
export const usage = `Usage: meterscope gateways [--json] [connection options]

Lists every M-Bus gateway with its state, readout interval and last contact, each gateway's meters, and the
meters whose last value is stale (older than 24 h, or 2 × the gateway's readout interval when that is longer).
Without network, shows the last loaded data with its age.

  --json             {"gateways":[{"Id","Name","SerialNumber","State","StateName","ReadoutInterval",
                     "ReadoutIntervalName","LastSeen","Meters":[{"Id","Name","SecondaryAddress","State",
                     "StateName","LastValueDate","stale"}]}], "dataAsOf", "stale", ...}

${CONNECTION_USAGE}`;

/** A meter's last value date; a meter smart-me has no device for (Guid.Empty) can have none. */
const lastValue = (m: FleetMeter) =>
  m.LastValueDate ? displayDate(m.LastValueDate) : m.Id === EMPTY_GUID ? 'no smart-me device' : 'never';

const meterColumns: Column<FleetMeter>[] = [
  { header: 'Meter', value: (m) => m.Name ?? '' },
  { header: 'Secondary address', value: (m) => m.SecondaryAddress ?? '-' },
  { header: 'State', value: (m) => m.StateName },
  { header: 'Last value', value: (m) => lastValue(m) },
  { header: 'Stale', value: (m) => (m.stale ? 'STALE' : 'no') },
];

type StaleRow = { gateway: FleetGateway; meter: FleetMeter };

const staleColumns: Column<StaleRow>[] = [
  { header: 'Gateway', value: (r) => r.gateway.Name ?? '' },
  { header: 'Serial', value: (r) => r.gateway.SerialNumber ?? '-' },
  { header: 'Meter', value: (r) => r.meter.Name ?? '' },
  { header: 'Secondary address', value: (r) => r.meter.SecondaryAddress ?? '-' },
  { header: 'State', value: (r) => r.meter.StateName },
  {
    header: 'Last value',
    value: (r) => (r.meter.LastValueDate ? displayDate(r.meter.LastValueDate) : 'never'),
  },
];

/** One gateway's block: a summary line, then its meters. */
function gatewayBlock(g: FleetGateway): string {
  const head =
    `Gateway ${cellText(g.Name)} (serial ${cellText(g.SerialNumber) || '-'}): ${g.StateName}, ` +
    `readout ${g.ReadoutIntervalName}, last seen ${displayDate(g.LastSeen)}\n`;
  return g.Meters.length === 0 ? `${head}  (no meters)\n` : head + formatTable(g.Meters, meterColumns);
}

/** Prints gateways, their meters and the stale-meter table (or JSON); exit 0, 1 on API errors, 2 usage. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...connectionOptions, json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  return withConnection('gateways', values, io, async (c) => {
    const result = await loadFleetForCli(c, io);
    warnAboutFleet('gateways', result, io);
    const { gateways } = result.fleet;
    if (values.json) {
      io.out(`${JSON.stringify({ gateways, ...fleetJsonMeta(result) }, null, 2)}\n`);
      return 0;
    }
    if (gateways.length === 0) {
      io.out('No M-Bus gateways in this account.\n');
      return 0;
    }
    io.out(gateways.map(gatewayBlock).join('\n'));
    const stale = gateways.flatMap((gateway) =>
      gateway.Meters.filter((m) => m.stale).map((meter) => ({ gateway, meter })),
    );
    io.out(`\nStale meters (last value older than 24 h or 2 × the readout interval): ${stale.length}\n`);
    if (stale.length > 0) io.out(formatTable(stale, staleColumns));
    return 0;
  });
}
