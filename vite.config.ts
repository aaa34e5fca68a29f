import { svelte } from '@sveltejs/vite-plugin-svelte';
import { builtinModules } from 'node:module';
import { fileURLToPath } from 'node:url';
import { defineConfig, type UserConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/**
 * Three builds, picked with `--mode`:
 * - (default) the renderer → dist/renderer (relative URLs, so the browser host and Electron's app:// both load it);
 * - `electron-main`  → dist/main/electron.cjs (Node side of the desktop app; npm dependencies stay external and
 *   are packaged as production dependencies);
 * - `electron-preload` → dist/main/preload.cjs (one self-contained CommonJS file, as a sandboxed preload must be).
 */
export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'electron-main') return electronMain();
  if (mode === 'electron-preload') return electronPreload();
  return {
    root: `${root}renderer`,
    base: './',
    publicDir: `${root}renderer/public`,
    plugins: [svelte({ configFile: false })],
    build: {
      outDir: `${root}dist/renderer`,
      emptyOutDir: true,
      target: 'es2022',
      modulePreload: { polyfill: false },
      reportCompressedSize: false,
    },
  };
});

function electronMain(): UserConfig {
  return electronBundle('main.ts', 'electron.cjs', ['electron', ...nodeBuiltins]);
}

function electronPreload(): UserConfig {
  // A sandboxed preload can require only `electron`: bundle everything else into the file.
  return { ...electronBundle('preload.ts', 'preload.cjs', ['electron']), ssr: { noExternal: true } };
}

/** One main/electron entry as a single CommonJS file in dist/main, next to the other one. */
function electronBundle(entry: string, fileName: string, external: string[]): UserConfig {
  return {
    root,
    publicDir: false,
    build: {
      ssr: `${root}main/electron/${entry}`,
      outDir: `${root}dist/main`,
      emptyOutDir: false,
      target: 'node22',
      minify: false,
      rolldownOptions: { external, output: { format: 'cjs', entryFileNames: fileName } },
    },
  };
}
