import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { FleetView } from '../../../shared/contract/calls/fleet.ts';
import { CAPTURE_EXTENSION } from '../captures/capture-sessions.ts';
import type { SettingsState } from '../settings/settings-service.ts';
import { captureTail, type CaptureTail } from './capture-tail.ts';
import {
  buildSupportBundle,
  type BundleError,
  type SupportBundle,
  type SupportBundleInput,
} from './support-bundle.ts';

/** How many frames' metadata a bundle carries unless told otherwise. */
export const DEFAULT_BUNDLE_FRAMES = 50;

/** What a host hands over: what only it knows (app, login, fleet), and the ports to read the rest. */
export interface CollectBundleOptions {
  home: string;
  app: SupportBundleInput['app'];
  login: unknown;
  fleet: FleetView | null;
  /** Errors the host already met (e.g. the fleet could not be loaded). */
  errors: BundleError[];
  settings: () => Promise<Pick<SettingsState, 'settings' | 'notice'>>;
  /** A capture file to take frames from; the newest in `<home>/captures` when absent. */
  capturePath?: string;
  /** Last frames' metadata to include; 0 leaves the capture out. */
  frames?: number;
  knownSecrets?: SupportBundleInput['knownSecrets'];
  now: () => number;
}

/** The newest capture file in a folder (names sort by start time), or undefined. */
async function newestCapture(dir: string): Promise<string | undefined> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith(CAPTURE_EXTENSION));
  const newest = names.sort().at(-1);
  return newest === undefined ? undefined : join(dir, newest);
}

/** A failure as a bundle error, so one unreadable part never costs the rest of the bundle. */
const asError = (source: string, e: unknown): BundleError => ({
  source,
  code: (e as { code?: unknown }).code ? String((e as { code: unknown }).code) : 'failed',
  message: e instanceof Error ? e.message : String(e),
});

/**
 * Gathers a support bundle from the Meterscope home (settings, the newest capture's last frames) and what
 * the host knows, then builds it (redacted). Every part that cannot be read becomes an entry in `errors`
 * instead of a failure: a bundle is most needed when something is broken.
 */
export async function collectSupportBundle(o: CollectBundleOptions): Promise<SupportBundle> {
  const errors = [...o.errors];
  const frames = o.frames ?? DEFAULT_BUNDLE_FRAMES;
  const settings = await o.settings().catch((e: unknown) => (errors.push(asError('settings', e)), null));
  let capture: CaptureTail | null = null;
  if (frames > 0) {
    const path = o.capturePath ?? (await newestCapture(join(o.home, 'captures')));
    if (path)
      capture = await captureTail(path, frames).catch(
        (e: unknown) => (errors.push(asError('capture', e)), null),
      );
  }
  const input: SupportBundleInput = {
    app: o.app,
    login: o.login,
    settings: settings && { settings: settings.settings, notice: settings.notice },
    fleet: o.fleet,
    errors,
    capture,
    knownSecrets: o.knownSecrets ?? [],
  };
  return buildSupportBundle(input, o.now());
}
