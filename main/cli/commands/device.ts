import {
  MeterEnergyTypeName,
  MeterSubTypeName,
  enumName,
  meterFamilyLabel,
  type AdditionalDeviceInformation,
  type Device,
} from '../../../shared/api/index.ts';
import { ApiError } from '../../services/api/api-error.ts';
import { ageMs, isOnline } from '../../services/fleet/derive-states.ts';
import { RSSI_ADVICE, rssiBand } from '../../services/fleet/rssi-band.ts';
import { withConnection } from '../api-command.ts';
import { parseCommandArgs } from '../args.ts';
import { CONNECTION_USAGE, connectionOptions } from '../connection.ts';
import { findDevice, parseDeviceArg } from '../device-arg.ts';
import { ageText, displayDate, shortEnumName } from '../display.ts';
import type { CliIo } from '../io.ts';
import { formatFields } from '../table.ts';

/** How to call `meterscope device`. */
export const usage = `Usage: meterscope device <id|serial> [--json] [connection options]

Shows one device: every field the cloud reports, whether it is online, and its firmware, network and radio
signal (RSSI 0-100 with a quality band).

  --json             {"device":{...every API field..., "online"}, "additional":{...}|null, "rssiBand", "problems"}

${CONNECTION_USAGE}`;

/** Fields shown in the header part, in this order; the rest follow alphabetically. */
const LEADING = ['Id', 'Serial', 'Name', 'DeviceEnergyType', 'MeterSubType', 'FamilyType', 'ValueDate'];

const show = (v: unknown) => (typeof v === 'string' ? v : JSON.stringify(v));

/** The details as label/value pairs: identity, online state, every other reported field, then firmware/radio. */
export function deviceFields(
  d: Device,
  info: AdditionalDeviceInformation | undefined,
  nowMs: number,
): [string, string][] {
  const age = ageMs(d.ValueDate, nowMs);
  const fields: [string, string][] = [
    ['Name', d.Name ?? ''],
    ['Id', d.Id],
    ['Serial', String(d.Serial)],
    [
      'Type',
      `${shortEnumName(enumName(MeterEnergyTypeName, d.DeviceEnergyType), 'MeterType')} (${d.DeviceEnergyType ?? '-'})`,
    ],
    ['Family', `${meterFamilyLabel(d.FamilyType)} (${d.FamilyType ?? '-'})`],
  ];
  if (d.MeterSubType !== undefined && d.MeterSubType !== null) {
    fields.push(['Sub type', `${enumName(MeterSubTypeName, d.MeterSubType)} (${d.MeterSubType})`]);
  }
  const state = isOnline(d.ValueDate, nowMs) ? 'yes' : 'OFFLINE (no value for 15 minutes)';
  fields.push(['Online', state]);
  fields.push([
    'Last value',
    `${displayDate(d.ValueDate)}${age === undefined ? '' : ` (${ageText(age)} ago)`}`,
  ]);
  for (const key of Object.keys(d)
    .filter((k) => !LEADING.includes(k))
    .sort()) {
    const v = (d as Record<string, unknown>)[key];
    if (v !== null && v !== undefined) fields.push([key, show(v)]);
  }
  if (info) {
    if (info.FirmwareVersion != null) fields.push(['Firmware', String(info.FirmwareVersion)]);
    if (info.HardwareVersion != null) fields.push(['Hardware', String(info.HardwareVersion)]);
    if (info.NetworkConnection) fields.push(['Network', info.NetworkConnection]);
    const band = rssiBand(info.NetworkConnectionRSSI);
    if (band) fields.push(['RSSI', `${info.NetworkConnectionRSSI} of 100: ${band} (${RSSI_ADVICE[band]})`]);
  }
  return fields;
}

/** Prints one device's details (or JSON); exit 0, 1 on API errors, 2 on usage errors. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { ...connectionOptions, json: { type: 'boolean' } });
  const which = parseDeviceArg(positionals);
  return withConnection('device', values, io, async (c) => {
    const infoP =
      'id' in which ? c.api.additionalDeviceInformation(which.id, { signal: io.signal }) : undefined;
    infoP?.catch(() => undefined); // awaited below; keeps an early failure from going unhandled meanwhile
    const device = await findDevice(c.api, which, io);
    const problems: { item: string; code: string; message: string }[] = [];
    const info = await (infoP ?? c.api.additionalDeviceInformation(device.Id, { signal: io.signal })).catch(
      (e: unknown) => {
        if (!(e instanceof ApiError) || e.code === 'cancelled' || e.code === 'unauthorized') throw e;
        problems.push({ item: 'additional device information', code: e.code, message: e.message });
        io.err(`meterscope device: could not load firmware and network details: [${e.code}] ${e.message}\n`);
        return undefined;
      },
    );
    const nowMs = Date.now();
    if (values.json) {
      const out = {
        device: { ...device, online: isOnline(device.ValueDate, nowMs) },
        additional: info ?? null,
        rssiBand: rssiBand(info?.NetworkConnectionRSSI) ?? null,
        problems,
      };
      io.out(`${JSON.stringify(out, null, 2)}\n`);
    } else {
      io.out(formatFields(deviceFields(device, info, nowMs)));
    }
    return 0;
  });
}
