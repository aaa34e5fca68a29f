import type { DeviceRow } from '../../../shared/contract/calls/fleet.ts';
import { toCsv } from './csv.ts';

/** Column titles of the export, in the UI language. */
export interface DeviceCsvLabels {
  serial: string;
  name: string;
  type: string;
  family: string;
  counter: string;
  counterUnit: string;
  power: string;
  powerUnit: string;
  valueDate: string;
  state: string;
  id: string;
  online: string;
  offline: string;
}

/**
 * The devices the table shows (search, filters and order as on screen) as CSV. Numbers are written with a
 * dot and dates in ISO UTC, so the file reads the same in any spreadsheet language.
 */
export function devicesCsv(
  rows: readonly DeviceRow[],
  labels: DeviceCsvLabels,
  energyName: (type: number | null) => string,
): string {
  const header = [
    labels.serial,
    labels.name,
    labels.type,
    labels.family,
    labels.counter,
    labels.counterUnit,
    labels.power,
    labels.powerUnit,
    labels.valueDate,
    labels.state,
    labels.id,
  ];
  return toCsv(
    header,
    rows.map((r) => [
      r.serial,
      r.name,
      energyName(r.energyType),
      r.familyLabel,
      r.counterReading,
      r.counterReadingUnit,
      r.activePower,
      r.activePowerUnit,
      r.valueDate,
      r.online ? labels.online : labels.offline,
      r.id,
    ]),
  );
}

/** A file name that sorts by date and says what is inside: meterscope-devices-2026-07-25T1306.csv */
export function csvFileName(now: Date): string {
  const stamp = now.toISOString().slice(0, 16).replace(':', '');
  return `meterscope-devices-${stamp}.csv`;
}
