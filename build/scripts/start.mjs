#!/usr/bin/env node
// `npm start`: builds the app and launches the desktop app. Where the Electron runtime cannot be used, it says
// why in one paragraph and starts the same app in the browser host on demo data instead, printing its URL.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildAll } from './build.mjs';
import { electronRuntime } from './electron-runtime.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const args = process.argv.slice(2);

await buildAll('warn');
let runtime = electronRuntime();
if (!runtime.path && runtime.missingBinary) {
  // Electron 45 no longer downloads its binary during `npm ci`: fetch it once here (fails fast when offline).
  console.log('Fetching the Electron runtime (once; about 100 MB)…');
  const fetched = spawnSync(process.execPath, [`${root}node_modules/electron/install.js`], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 600_000,
  });
  runtime = electronRuntime();
  if (!runtime.path) console.log(`The download failed: ${fetched.stderr?.split('\n')[0] || 'no answer'}`);
}
const [command, commandArgs] = runtime.path
  ? [runtime.path, [root, ...args]]
  : [process.execPath, [`${root}main/cli/bin.mjs`, 'web', '--demo']];
if (!runtime.path) {
  console.log(
    `\nThe desktop app cannot start here because ${runtime.reason} ` +
      'Meterscope starts in your browser instead: the same app, on demo data from the built-in simulator, ' +
      'served to this computer only. Open the address below.\n',
  );
}
const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
