// Finds the Electron runtime, or says in plain words why it cannot be used here (shared by `npm start` and
// the Electron end-to-end tests, so both give the same reason). It reads what the electron package installed
// instead of require('electron'), which would try to download the binary on the spot.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../node_modules/electron/', import.meta.url));

/** `{ path }` of a runnable Electron executable, or `{ reason }` why there is none. */
export function electronRuntime(env = process.env, platform = process.platform) {
  const pathFile = join(packageDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined;
  const path = env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(env.ELECTRON_OVERRIDE_DIST_PATH, relative ?? 'electron')
    : relative && join(packageDir, 'dist', relative);
  if (!path || !existsSync(path)) {
    return {
      missingBinary: true,
      reason:
        'node_modules/electron has no Electron binary and it could not be downloaded (from GitHub) on this ' +
        'machine, e.g. an offline or restricted network. With network access, "npx --no install-electron" ' +
        'fetches it.',
    };
  }
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return { reason: 'there is no graphical display (neither DISPLAY nor WAYLAND_DISPLAY is set).' };
  }
  return { path };
}
