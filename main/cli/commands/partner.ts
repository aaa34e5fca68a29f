import { MeterEnergyTypeName, enumName } from '../../../shared/api/index.ts';
import { rssiBand } from '../../services/fleet/rssi-band.ts';
import {
  findCustomer,
  type PartnerCustomer,
  type PartnerDevice,
} from '../../services/partner/partner-fleet.ts';
import { loadPartnerFleet } from '../../services/partner/load-partner-fleet.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { displayDate, shortEnumName } from '../display.ts';
import { UsageError, type CliIo } from '../io.ts';
import { cellText, formatTable, type Column } from '../table.ts';

/** How to call `meterscope partner`. */
export const usage = `Usage: meterscope partner [--json] [--customer NAME|ID] [connection options]

For support staff with a smart-me Goldpartner licence: every customer account of the partner with its
devices (firmware, network, signal, last value), offline devices (no value for 15 minutes) first, and the
customers with offline devices first.

  --customer NAME|ID  only this customer (user name or user id)
  --json              {"customers":[{"userId","username","deviceCount","offlineCount",
                       "devices":[{...every API field..., "online", "rssiBand"}]}], "dataAsOf"}

${CONNECTION_USAGE}`;

const show = (v: number | null | undefined) => (v === null || v === undefined ? '-' : String(v));

const columns: Column<PartnerDevice>[] = [
  { header: 'Serial', value: (d) => show(d.Serial), align: 'right' },
  { header: 'Name', value: (d) => d.Name ?? '' },
  {
    header: 'Type',
    value: (d) => shortEnumName(enumName(MeterEnergyTypeName, d.DeviceEnergyType), 'MeterType'),
  },
  { header: 'Firmware', value: (d) => show(d.FirmwareVersion), align: 'right' },
  { header: 'Network', value: (d) => d.NetworkConnection ?? '-' },
  {
    header: 'Signal',
    value: (d) => {
      const band = rssiBand(d.NetworkConnectionRSSI);
      return band ? `${d.NetworkConnectionRSSI} ${band}` : '-';
    },
  },
  { header: 'Value date', value: (d) => displayDate(d.ValueDate) },
  { header: 'Online', value: (d) => (d.online ? 'yes' : 'OFFLINE') },
];

/** One customer as a heading line and its device table, as support pastes it into a ticket. */
export function customerText(c: PartnerCustomer): string {
  const head = `${cellText(c.username ?? '(no name)')} (user ${c.userId}): ${c.deviceCount} devices, ${c.offlineCount} offline`;
  return c.devices.length === 0 ? `${head}\n` : `${head}\n${formatTable(c.devices, columns)}`;
}

/** The JSON a script gets: each device's API fields plus what Meterscope derives (online, RSSI band). */
export function customersJson(customers: readonly PartnerCustomer[], dataAsOf: string): string {
  const out = customers.map((c) => ({
    ...c,
    devices: c.devices.map((d) => ({ ...d, rssiBand: rssiBand(d.NetworkConnectionRSSI) ?? null })),
  }));
  return `${JSON.stringify({ customers: out, dataAsOf }, null, 2)}\n`;
}

/** Prints the partner's customers and their devices (or JSON); exit 0, 1 on API errors, 2 on usage errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    ...connectionOptions,
    json: { type: 'boolean' },
    customer: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  const wanted = typeof values.customer === 'string' ? values.customer : undefined;
  if (wanted !== undefined && wanted.trim() === '') throw new UsageError('--customer needs a name or id.');
  return withConnection('partner', values, io, async (c) => {
    const fleet = await loadPartnerFleet(c.api, { signal: io.signal });
    let customers = fleet.customers;
    if (wanted !== undefined) {
      const one = findCustomer(customers, wanted);
      if (!one) {
        const names =
          customers
            .map((x) => x.username ?? String(x.userId))
            .sort((a, b) => a.localeCompare(b))
            .join(', ') || 'none';
        const message = `No customer "${cellText(wanted)}" among this partner's customers (${cellText(names)}).`;
        if (values.json) io.out(`${JSON.stringify({ error: { code: 'not-found', message } })}\n`);
        io.err(`meterscope partner: [not-found] ${message}\n`);
        return 1;
      }
      customers = [one];
    }
    if (values.json) {
      io.out(customersJson(customers, fleet.loadedAt));
      return 0;
    }
    io.out(customers.map(customerText).join('\n'));
    const devices = customers.reduce((n, x) => n + x.deviceCount, 0);
    const offline = customers.reduce((n, x) => n + x.offlineCount, 0);
    io.out(
      `\n${customers.length} customers, ${devices} devices, ${offline} offline (no value for 15 minutes). Data as of ${displayDate(fleet.loadedAt)}.\n`,
    );
    return 0;
  });
}
