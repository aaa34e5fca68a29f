import { MeterEnergyTypeName, enumName, meterFamilyLabel } from '../../../shared/api/index.ts';
import type { FleetDevice } from '../../services/fleet/fleet-types.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { displayDate, shortEnumName, withUnit } from '../display.ts';
import { fleetJsonMeta, loadFleetForCli, warnAboutFleet } from '../fleet-cli.ts';
import { UsageError, type CliIo } from '../io.ts';
import { formatTable, type Column } from '../table.ts';

/** How to call `meterscope devices`. */
export const usage = `Usage: meterscope devices [--json] [connection options]

Lists every device of the account with its latest values; offline devices (no value for 15 minutes) first.
Without network, shows the last loaded data with its age.

  --json             {"devices":[{...every API field..., "online": true|false}], "dataAsOf", "stale", ...}

${CONNECTION_USAGE}`;

const columns: Column<FleetDevice>[] = [
  { header: 'Serial', value: (d) => String(d.Serial), align: 'right' },
  { header: 'Name', value: (d) => d.Name ?? '' },
  {
    header: 'Type',
    value: (d) => shortEnumName(enumName(MeterEnergyTypeName, d.DeviceEnergyType), 'MeterType'),
  },
  { header: 'Family', value: (d) => meterFamilyLabel(d.FamilyType) },
  { header: 'Counter', value: (d) => withUnit(d.CounterReading, d.CounterReadingUnit), align: 'right' },
  { header: 'Power', value: (d) => withUnit(d.ActivePower, d.ActivePowerUnit), align: 'right' },
  { header: 'Value date', value: (d) => displayDate(d.ValueDate) },
  { header: 'Online', value: (d) => (d.online ? 'yes' : 'OFFLINE') },
];

/** Offline first (what a technician looks for), then by name. */
export function sortOfflineFirst(devices: readonly FleetDevice[]): FleetDevice[] {
  return [...devices].sort(
    (a, b) =>
      Number(a.online) - Number(b.online) ||
      (a.Name ?? '').localeCompare(b.Name ?? '') ||
      a.Serial - b.Serial,
  );
}

/** Prints the device table (or JSON); exit 0, 1 on API errors, 2 on usage errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...connectionOptions, json: { type: 'boolean' } });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  return withConnection('devices', values, io, async (c) => {
    const result = await loadFleetForCli(c, io);
    warnAboutFleet('devices', result, io);
    const devices = sortOfflineFirst(result.fleet.devices);
    if (values.json) {
      io.out(`${JSON.stringify({ devices, ...fleetJsonMeta(result) }, null, 2)}\n`);
    } else {
      const offline = devices.filter((d) => !d.online).length;
      io.out(formatTable(devices, columns));
      io.out(`${devices.length} devices, ${offline} offline (no value for 15 minutes).\n`);
    }
    return 0;
  });
}
