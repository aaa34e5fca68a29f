import type { FleetView } from '../../../shared/contract/calls/fleet.ts';
import {
  buildSiteReport,
  fileStamp,
  type ReportFile,
  type SiteReport,
} from '../../../shared/report/index.ts';
import type { CaptureTail } from './capture-tail.ts';
import { redactDeep } from './redact-deep.ts';
import { REDACTED } from './secret-names.ts';

/** Something that went wrong, kept for support: where, a stable code, and the technician's message. */
export interface BundleError {
  source: string;
  code: string;
  message: string;
}

/** What a host collected for a bundle; anything may be null when it could not be had. */
export interface SupportBundleInput {
  app: {
    version: string;
    host: 'cli' | 'electron' | 'web';
    node?: string;
    platform?: string;
    demo?: boolean;
  };
  /** Facts about the login (flow, server, user name), never credentials. */
  login: unknown;
  settings: unknown;
  fleet: FleetView | null;
  errors: BundleError[];
  capture: CaptureTail | null;
  /** Secret values the host knows of (typed password, API key, stored tokens): removed wherever they appear. */
  knownSecrets?: readonly (string | undefined | null)[];
}

/** The bundle as written: one JSON object, already redacted. */
export interface SupportBundle {
  kind: 'meterscope-support-bundle';
  formatVersion: 1;
  createdAt: string;
  app: SupportBundleInput['app'];
  login: unknown;
  settings: unknown;
  /** Counts of the fleet snapshot (devices, offline, gateways, meters, stale meters, problems). */
  summary: SiteReport['totals'] | null;
  fleet: FleetView | null;
  errors: BundleError[];
  capture: CaptureTail | null;
  redaction: string;
}

/**
 * Puts a support bundle together and redacts it as a whole, as the last step, so nothing added to a
 * bundle later can skip the redaction. Pure: the clock is passed in.
 */
export function buildSupportBundle(input: SupportBundleInput, nowMs: number): SupportBundle {
  const summary = input.fleet
    ? buildSiteReport({ fleet: input.fleet }, { lang: 'en', timeZone: 'UTC' }, nowMs).totals
    : null;
  const bundle: SupportBundle = {
    kind: 'meterscope-support-bundle',
    formatVersion: 1,
    createdAt: new Date(nowMs).toISOString(),
    app: input.app,
    login: input.login ?? null,
    settings: input.settings ?? null,
    summary,
    fleet: input.fleet,
    errors: input.errors,
    capture: input.capture,
    redaction:
      `Passwords, tokens, API keys, Authorization headers, cookies, the webhook listener's secret path and ` +
      `credentials inside URLs were replaced by ${REDACTED}. Payload bodies are not included.`,
  };
  return redactDeep(bundle, { knownSecrets: input.knownSecrets ?? [] });
}

/** `meterscope-support-20260725-1405.json` and its text (pretty JSON, so support can read it as it is). */
export function supportBundleFile(bundle: SupportBundle): ReportFile {
  return {
    fileName: `meterscope-support-${fileStamp(bundle.createdAt)}.json`,
    mimeType: 'application/json;charset=utf-8',
    text: `${JSON.stringify(bundle, null, 2)}\n`,
  };
}
