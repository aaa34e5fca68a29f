#!/usr/bin/env node
// `npm run build`: the three Vite builds of the app (renderer, Electron main, preload) into dist/.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** Builds everything the desktop app and the browser host load; `logLevel` 'warn' keeps CI output short. */
export async function buildAll(logLevel = 'info') {
  for (const mode of ['production', 'electron-main', 'electron-preload']) {
    await build({ configFile: `${root}vite.config.ts`, mode, logLevel });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
}
