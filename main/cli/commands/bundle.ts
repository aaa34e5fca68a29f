import { writeFile } from 'node:fs/promises';
import { arch, homedir, platform } from 'node:os';
import { join } from 'node:path';
import { fleetView } from '../../services/contract-views/fleet-view.ts';
import { meterscopeHome } from '../../services/secrets/meterscope-home.ts';
import { createSettingsService } from '../../services/settings/settings-service.ts';
import {
  collectSupportBundle,
  DEFAULT_BUNDLE_FRAMES,
  newestCachedFleet,
  supportBundleFile,
  type BundleError,
} from '../../services/support/index.ts';
import { parseCommandArgs } from '../args.ts';
import { ageText } from '../display.ts';
import { UsageError, type CliIo } from '../io.ts';
import { packageVersion } from '../package-version.ts';
import { outputError } from '../output-error.ts';

/** How to call `meterscope bundle`. */
export const usage = `Usage: meterscope bundle --out FILE [--capture FILE] [--frames N]

Writes a support bundle: one JSON file with the Meterscope version, this computer's platform, the settings,
the last loaded fleet (from the offline cache: no network or login needed), problems met, and the metadata
of the last frames of a capture. Passwords, tokens, API keys, Authorization headers, the webhook listener's
secret path and credentials inside URLs are removed; payload bodies are left out. Look it over before
sending it: it names devices and meters.

  --out FILE         where to write the bundle ("-" for standard output)
  --capture FILE     take the frames from this capture (default: the newest in $METERSCOPE_HOME/captures)
  --frames N         how many frames' metadata to include (default ${DEFAULT_BUNDLE_FRAMES}; 0 leaves the capture out)`;

/** `--frames` as a whole number ≥ 0. */
function framesOf(v: unknown): number {
  if (v === undefined) return DEFAULT_BUNDLE_FRAMES;
  const n = Number(v);
  if (typeof v !== 'string' || !/^\d+$/.test(v) || !Number.isSafeInteger(n))
    throw new UsageError(`--frames must be a whole number of frames (0 or more), got "${String(v)}".`);
  return n;
}

/** Writes the bundle; exit 0 when written (parts that could not be read are listed inside), 1, 2 usage. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, {
    out: { type: 'string' },
    capture: { type: 'string' },
    frames: { type: 'string' },
  });
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}".`);
  if (typeof values.out !== 'string' || values.out === '')
    throw new UsageError('--out FILE is required (or --out - for standard output).');
  const frames = framesOf(values.frames);
  const home = meterscopeHome(io.env, homedir());
  const now = Date.now();

  const errors: BundleError[] = [];
  const cached = await newestCachedFleet(join(home, 'cache'));
  if (!cached) {
    errors.push({
      source: 'fleet',
      code: 'no-cache',
      message:
        'No fleet was loaded on this computer yet: run "meterscope devices" once, then make the bundle.',
    });
  }
  const [server, account] = cached ? cached.key.split('|') : [];
  const bundle = await collectSupportBundle({
    home,
    app: {
      version: await packageVersion(),
      host: 'cli',
      node: process.version,
      platform: `${platform()} ${arch()}`,
    },
    login: cached ? { server, account } : null,
    fleet: cached
      ? fleetView({
          fleet: cached.fleet,
          source: 'cache',
          ageMs: Math.max(0, now - cached.savedAtMs),
          stale: false,
        })
      : null,
    errors,
    settings: () => createSettingsService(home).get(),
    ...(typeof values.capture === 'string' ? { capturePath: values.capture } : {}),
    frames,
    // Secrets the user keeps in the environment for other commands: never in a bundle.
    knownSecrets: [io.env.METERSCOPE_PASSWORD, io.env.METERSCOPE_API_KEY],
    now: () => now,
  });
  const file = supportBundleFile(bundle);
  if (values.out === '-') {
    io.out(file.text);
    return 0;
  }
  const out = values.out;
  await writeFile(out, file.text, { mode: 0o600 }).catch((e: NodeJS.ErrnoException) => {
    throw outputError(out, e);
  });
  const fleet = bundle.fleet
    ? `fleet of ${bundle.fleet.loadedAt} (${ageText(bundle.fleet.ageMs)} old, ${bundle.fleet.devices.length} devices)`
    : 'no fleet';
  const capture = bundle.capture
    ? `${bundle.capture.frames.length} frames of ${bundle.capture.file}`
    : 'no capture';
  io.out(
    `Wrote the support bundle to ${values.out}: ${fleet}, ${capture}, ${bundle.errors.length} problem(s) noted.\n` +
      'Secrets are removed; look it over before sending it.\n',
  );
  return 0;
}
