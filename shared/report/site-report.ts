import type { Device } from '../api/index.ts';
import type { FleetView } from '../contract/calls/fleet.ts';
import { gatewayDoctor, type DoctorHint } from '../fleet-checks/gateway-doctor.ts';
import { staleMeters } from '../fleet-checks/stale-meters.ts';
import { deviceReadingRows } from '../fleet-checks/device-readings.ts';
import { valueHints, type PlausibilityHint } from '../fleet-checks/plausibility.ts';
import { dateMs } from './report-format.ts';

/** The languages a site report is written in. */
export type ReportLang = 'en' | 'de';

/** What the report is built from: the fleet as the views show it, and (where loaded) the raw device list. */
export interface ReportSource {
  fleet: FleetView;
  /**
   * The device list as the API sent it: its voltages and power factors feed the plausibility hints. Absent
   * when only the views' columns are at hand; the report then says the hints are not available.
   */
  devices?: readonly Device[] | null;
}

/** How to write the report. Nothing here may be secret: it is printed and handed to customers. */
export interface SiteReportOptions {
  lang: ReportLang;
  /** A non-secret label of the login (user name, "API key", "demo"); never a password or key. */
  account?: string | null;
  /** What made the report, e.g. `Meterscope 0.1.0 (cli)`. */
  generator?: string;
  /** IANA time zone of the report's dates; the computer's own by default. */
  timeZone?: string;
  /** The thresholds the fleet was judged by (for the sentences that explain offline and stale). */
  offlineMinutes?: number;
  staleHours?: number;
}

/** One device without a recent value. */
export interface ReportDevice {
  id: string;
  serial: number;
  name: string | null;
  energyType: number | null;
  familyLabel: string;
  valueDate: string | null;
  /** How long it had been silent when the data was loaded; null when it never sent a value. */
  silentMs: number | null;
}

/** One gateway row with the gateway doctor's advice. */
export interface ReportGateway {
  id: string;
  name: string | null;
  serialNumber: string | null;
  stateName: string;
  readoutIntervalName: string;
  readoutIntervalSeconds: number | null;
  lastSeen: string | null;
  meters: number;
  staleMeters: number;
  hints: DoctorHint[];
}

/** One stale meter with its gateway. */
export interface ReportStaleMeter {
  gatewayName: string | null;
  gatewaySerial: string | null;
  name: string | null;
  secondaryAddress: string | null;
  stateName: string;
  /** True when smart-me has no device for the meter (Guid.Empty): it can never have a value. */
  withoutDevice: boolean;
  lastValueDate: string | null;
  silentMs: number | null;
}

/** One implausible reading of a device. */
export interface ReportPlausibility {
  deviceId: string;
  serial: number;
  name: string | null;
  hint: PlausibilityHint;
}

/** Everything a site report says, as data: the Markdown and HTML renderers only put it into words. */
export interface SiteReport {
  lang: ReportLang;
  generatedAt: string;
  timeZone: string;
  generator: string | null;
  account: { server: string; label: string | null };
  data: {
    asOf: string;
    source: 'live' | 'cache';
    /** How old the data was when the report was made. */
    ageMs: number;
    stale: boolean;
    error: { code: string; message: string } | null;
  };
  thresholds: { offlineMinutes: number; staleHours: number };
  totals: {
    devices: number;
    online: number;
    offline: number;
    gateways: number;
    meters: number;
    staleMeters: number;
    problems: number;
    /** null when the readings were not available. */
    plausibility: number | null;
  };
  offlineDevices: ReportDevice[];
  gateways: ReportGateway[];
  staleMeters: ReportStaleMeter[];
  problems: { item: string; code: string; message: string }[];
  plausibility: ReportPlausibility[] | null;
}

const EMPTY_GUID = '00000000-0000-0000-0000-000000000000';

/** Never-seen first, then the longest silent, then by name: the worst problems on top. */
function byWorst<T extends { silentMs: number | null; name: string | null }>(a: T, b: T): number {
  const age = (x: T) => x.silentMs ?? Number.MAX_VALUE;
  return age(b) - age(a) || (a.name ?? '').localeCompare(b.name ?? '');
}

/**
 * Builds the site report a technician leaves on site or sends to support: totals, offline devices, gateways
 * with the gateway doctor's advice, stale meters, load problems and plausibility hints. Pure: the clock is
 * passed in. Ages of devices and meters are measured at the data's time (what the states were judged by);
 * the age of the data itself at `nowMs`, so an offline report says how old its data is.
 */
export function buildSiteReport(source: ReportSource, options: SiteReportOptions, nowMs: number): SiteReport {
  const { fleet } = source;
  const dataMs = dateMs(fleet.loadedAt) ?? nowMs;
  const silent = (date: string | null) => {
    const at = dateMs(date);
    return at === undefined ? null : Math.max(0, dataMs - at);
  };
  const offlineDevices = fleet.devices
    .filter((d) => !d.online)
    .map((d): ReportDevice => ({
      id: d.id,
      serial: d.serial,
      name: d.name,
      energyType: d.energyType,
      familyLabel: d.familyLabel,
      valueDate: d.valueDate,
      silentMs: silent(d.valueDate),
    }))
    .sort(byWorst);
  const stale = staleMeters(fleet.gateways, dataMs).map((s): ReportStaleMeter => ({
    gatewayName: s.gatewayName,
    gatewaySerial: fleet.gateways.find((g) => g.id === s.gatewayId)?.serialNumber ?? null,
    name: s.meter.name,
    secondaryAddress: s.meter.secondaryAddress,
    stateName: s.meter.stateName,
    withoutDevice: s.meter.id.toLowerCase() === EMPTY_GUID,
    lastValueDate: s.meter.lastValueDate,
    silentMs: silent(s.meter.lastValueDate),
  }));
  const gateways = fleet.gateways.map((g): ReportGateway => ({
    id: g.id,
    name: g.name,
    serialNumber: g.serialNumber,
    stateName: g.stateName,
    readoutIntervalName: g.readoutIntervalName,
    readoutIntervalSeconds: g.readoutIntervalSeconds,
    lastSeen: g.lastSeen,
    meters: g.meters.length,
    staleMeters: g.meters.filter((m) => m.stale).length,
    hints: gatewayDoctor(g, dataMs),
  }));
  const plausibility = source.devices ? plausibilityOf(source.devices) : null;
  const online = fleet.devices.filter((d) => d.online).length;
  return {
    lang: options.lang,
    generatedAt: new Date(nowMs).toISOString(),
    timeZone: options.timeZone ?? Intl.DateTimeFormat().resolvedOptions().timeZone,
    generator: options.generator ?? null,
    account: { server: fleet.server, label: options.account ?? null },
    data: {
      asOf: fleet.loadedAt,
      source: fleet.source,
      ageMs: Math.max(0, nowMs - dataMs),
      stale: fleet.stale,
      error: fleet.error,
    },
    thresholds: { offlineMinutes: options.offlineMinutes ?? 15, staleHours: options.staleHours ?? 24 },
    totals: {
      devices: fleet.devices.length,
      online,
      offline: fleet.devices.length - online,
      gateways: fleet.gateways.length,
      meters: fleet.gateways.reduce((n, g) => n + g.meters.length, 0),
      staleMeters: stale.length,
      problems: fleet.problems.length,
      plausibility: plausibility?.length ?? null,
    },
    offlineDevices,
    gateways,
    staleMeters: stale,
    problems: fleet.problems.map((p) => ({ ...p })),
    plausibility,
  };
}

/** Every plausibility hint of every electricity meter in the device list, device by device. */
function plausibilityOf(devices: readonly Device[]): ReportPlausibility[] {
  return devices.flatMap((d) =>
    valueHints(deviceReadingRows(d)).map((hint) => ({
      deviceId: d.Id,
      serial: d.Serial,
      name: d.Name ?? null,
      hint,
    })),
  );
}
