import {
  MeterSubTypeName,
  type ActionInformation,
  type AdditionalDeviceInformation,
  type ValuesData,
} from '../../../shared/api/index.ts';
import type { Inspection, InspectorValue } from '../../../shared/contract/calls/device.ts';
import type { Lang } from '../../../shared/obis/index.ts';
import type { FleetDevice } from '../fleet/fleet-types.ts';
import { rssiBand } from '../fleet/rssi-band.ts';
import { describeValues } from '../fleet/value-rows.ts';
import { deviceRow } from './fleet-view.ts';
import { realtimeEquivalent } from './realtime-equivalent.ts';

/** Every current value named via the OBIS catalog, with its realtime-unit equivalent. */
export function inspectorValues(
  deviceId: string,
  data: ValuesData,
  lang: Lang,
): NonNullable<Inspection['values']> {
  const described = describeValues(deviceId, data, lang);
  const rows = described.values.map((v): InspectorValue => ({
    obis: v.obis,
    obisHex: v.obisHex,
    name: v.name,
    value: v.value,
    unit: v.unit,
    realtime: realtimeEquivalent(v.obis, v.value, v.unit),
  }));
  return { date: described.date, rows };
}

/** Firmware, hardware, network and the RSSI with its band (Meterscope's cut-offs, see rssiBand). */
export function deviceInfo(info: AdditionalDeviceInformation): NonNullable<Inspection['info']> {
  const rssi = info.NetworkConnectionRSSI ?? null;
  return {
    firmwareVersion: info.FirmwareVersion ?? null,
    hardwareVersion: info.HardwareVersion ?? null,
    additionalMeterSerialNumber: info.AdditionalMeterSerialNumber ?? null,
    network: info.NetworkConnection ?? null,
    rssi,
    rssiBand: rssiBand(rssi) ?? null,
  };
}

/** The outputs a device can switch; entries without an OBIS code cannot be switched and are left out. */
export function switchActions(list: ActionInformation[]): NonNullable<Inspection['actions']> {
  return list.flatMap((a) =>
    a.ObisCode
      ? [
          {
            name: a.Name ?? null,
            obisCode: a.ObisCode,
            actionType: a.ActionType ?? null,
            minValue: a.MinValue ?? null,
            maxValue: a.MaxValue ?? null,
          },
        ]
      : [],
  );
}

/** The device part of the inspector: the table row plus its sub type. */
export function inspectedDevice(d: FleetDevice): Inspection['device'] {
  const sub = d.MeterSubType;
  return {
    ...deviceRow(d),
    subTypeName: sub === null || sub === undefined ? null : (MeterSubTypeName[sub] ?? null),
  };
}
