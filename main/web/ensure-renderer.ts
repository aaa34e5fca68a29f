import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type * as Vite from 'vite';

/** The project folders the renderer bundle is built from: if any file there is newer, the bundle is stale. */
const SOURCES = ['renderer', 'shared/contract', 'vite.config.ts'];

/**
 * Makes sure `<root>/dist/renderer` holds a renderer built from the current sources, building it with Vite
 * when it is missing or stale. Where Vite is not installed (a production-only install) it says exactly which
 * command to run instead of failing obscurely.
 */
export async function ensureRendererBuilt(root: string, log: (line: string) => void): Promise<string> {
  const outDir = join(root, 'dist', 'renderer');
  const builtAt = await mtime(join(outDir, 'index.html'));
  if (builtAt !== undefined && (await newestSource(root)) <= builtAt) return outDir;
  log(builtAt === undefined ? 'Building the app (first run)…' : 'Sources changed: rebuilding the app…');
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    throw new Error(
      'The app is not built and Vite is not installed here. Run "npm ci && npm run build", then retry.',
    );
  }
  await vite.build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  return outDir;
}

async function newestSource(root: string): Promise<number> {
  let newest = 0;
  const walk = async (path: string): Promise<void> => {
    let info;
    try {
      info = await stat(path);
    } catch {
      return;
    }
    if (!info.isDirectory()) {
      newest = Math.max(newest, info.mtimeMs);
      return;
    }
    for (const entry of await readdir(path)) await walk(join(path, entry));
  };
  for (const source of SOURCES) await walk(join(root, source));
  return newest;
}

async function mtime(path: string): Promise<number | undefined> {
  try {
    return (await stat(path)).mtimeMs;
  } catch {
    return undefined;
  }
}
