import type { Lang } from '../../../shared/obis/index.ts';
import { describeValues, type ValueRow } from '../../services/fleet/value-rows.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { findDevice, parseDeviceArg } from '../device-arg.ts';
import { displayDate } from '../display.ts';
import { UsageError, type CliIo } from '../io.ts';
import { formatTable, type Column } from '../table.ts';

/** How to call `meterscope values`. */
export const usage = `Usage: meterscope values <id|serial> [--lang en|de] [--json] [connection options]

Shows a device's current values (GET /Values) with each OBIS code's name and unit. Units are the REST API's
(kWh, kW, V, A, m3), not the Realtime API's mWh.

  --lang en|de       language of the names (default en)
  --json             {"deviceId","date","values":[{"obis":"A-B:C.D.E*F","obisHex","value","name","unit"}]}

${CONNECTION_USAGE}`;

const columns: Column<ValueRow>[] = [
  { header: 'OBIS', value: (r) => r.obis },
  { header: 'Name', value: (r) => r.name },
  { header: 'Value', value: (r) => (r.value === null ? '-' : String(r.value)), align: 'right' },
  { header: 'Unit', value: (r) => r.unit ?? '' },
];

/** Prints the named values (or JSON); exit 0, 1 on API errors, 2 on usage errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...connectionOptions,
    json: { type: 'boolean' },
    lang: { type: 'string' },
  });
  const lang = (values.lang ?? 'en') as string;
  if (lang !== 'en' && lang !== 'de') throw new UsageError(`--lang must be en or de, got "${lang}".`);
  const which = parseDeviceArg(positionals);
  return withConnection('values', values, io, async (c) => {
    const id = 'id' in which ? which.id : (await findDevice(c.api, which, io)).Id;
    const result = describeValues(id, await c.api.values(id, { signal: io.signal }), lang as Lang);
    if (values.json) {
      io.out(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      io.out(`Device ${result.deviceId}, values of ${displayDate(result.date)}\n`);
      io.out(formatTable(result.values, columns));
    }
    return 0;
  });
}
