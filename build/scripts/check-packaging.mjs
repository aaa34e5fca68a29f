#!/usr/bin/env node
// Offline packaging check (an `npm test` step): validates electron-builder.yml, then runs a real
// `electron-builder --dir` build for Linux against a stub Electron (a fake executable carrying Electron's fuse
// wire), and proves from the result that the asar holds the app and its production dependencies (and nothing
// else), and that the fuses were flipped as configured. No network, no Electron download.
import { listPackage } from '@electron/asar';
import { getCurrentFuseWire } from '@electron/fuses';
import { build as electronBuilder, Platform, Arch } from 'electron-builder';
import yaml from 'js-yaml';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { buildAll } from './build.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const problems = [];
const check = (ok, message) => {
  console.log(`${ok ? '✔' : '✖'} ${message}`);
  if (!ok) problems.push(message);
};

/** Fuse order of Electron's fuse wire V1 (@electron/fuses FuseV1Options). */
const FUSE_ORDER = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
];
/** The fuses the security policy requires: one list for the app's policy, its unit tests and this check. */
const { REQUIRED_FUSES } = await tsImport('../../main/electron/security-policy.ts', import.meta.url);

// 1. The config itself.
const config = yaml.load(await readFile(join(root, 'electron-builder.yml'), 'utf8'));
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
const targets = (platform) =>
  (config[platform]?.target ?? []).map((t) => (typeof t === 'string' ? t : t.target));
check(Array.isArray(config.files) && config.files.length > 0, 'files is an explicit allow-list');
check(
  !config.files.some((f) => /^(\*\*\/\*|\*\*|node_modules|main\/|renderer\/|shared\/|test\/)/.test(f)),
  'the allow-list lets in no sources, tests or node_modules wholesale',
);
check(config.asar === true, 'asar is on');
for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
  check(config.electronFuses?.[fuse] === value, `fuse ${fuse} = ${value}`);
}
check(
  ['nsis', 'portable'].every((t) => targets('win').includes(t)),
  'Windows: nsis and portable',
);
check(targets('mac').includes('dmg'), 'macOS: dmg');
check(
  ['AppImage', 'deb'].every((t) => targets('linux').includes(t)),
  'Linux: AppImage and deb',
);
check(pkg.main === 'dist/main/electron.cjs', 'package.json main points at the built Electron entry');

// 2. Build the app, then package it with a stub Electron.
await buildAll('warn');
const work = await mkdtemp(join(tmpdir(), 'meterscope-packaging-'));
try {
  const stub = join(work, 'electron-dist');
  await mkdir(join(stub, 'resources'), { recursive: true });
  // A stand-in executable: a shell script followed by Electron's fuse sentinel and a V1 fuse wire of 8 fuses,
  // all in the state a stock Electron ships (runAsNode, NODE_OPTIONS and inspect enabled; the rest off).
  const wire = Buffer.from([1, 8, 49, 48, 49, 49, 48, 48, 48, 48]);
  const script = Buffer.from('#!/bin/sh\necho "stub Electron for the offline packaging check"\nexit 0\n# ');
  await writeFile(
    join(stub, 'electron'),
    Buffer.concat([script, Buffer.from('dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'), wire]),
  );
  await chmod(join(stub, 'electron'), 0o755);
  await writeFile(join(stub, 'version'), `v${pkg.devDependencies.electron.replace(/^[^\d]*/, '')}`);
  await writeFile(join(stub, 'LICENSE'), 'stub');

  const output = join(work, 'out');
  await electronBuilder({
    projectDir: root,
    targets: Platform.LINUX.createTarget('dir', Arch.x64),
    publish: 'never',
    config: { electronDist: stub, directories: { output } },
  });
  const unpacked = join(output, 'linux-unpacked');
  const files = new Set(listPackage(join(unpacked, 'resources', 'app.asar'), { isPack: false }));
  console.log(`  app.asar holds ${files.size} entries`);

  // 3. What the asar must and must not hold.
  for (const f of [
    '/package.json',
    '/dist/main/electron.cjs',
    '/dist/main/preload.cjs',
    '/dist/renderer/index.html',
  ]) {
    check(files.has(f), `asar holds ${f}`);
  }
  for (const dep of Object.keys(pkg.dependencies)) {
    check(files.has(`/node_modules/${dep}/package.json`), `asar holds production dependency ${dep}`);
  }
  for (const dev of [
    'electron',
    'vite',
    'svelte',
    'typescript',
    'vitest',
    '@playwright/test',
    'electron-builder',
  ]) {
    check(!files.has(`/node_modules/${dev}/package.json`), `asar leaves out dev dependency ${dev}`);
  }
  const strays = [...files].filter(
    (f) => /^\/(main|renderer|shared|test|build)\//.test(f) || f.endsWith('.map'),
  );
  check(
    strays.length === 0,
    `asar holds no sources, tests or source maps${strays.length ? `: ${strays.slice(0, 5)}` : ''}`,
  );

  // 4. The fuses really flipped in the packaged executable.
  const fuses = await getCurrentFuseWire(join(unpacked, pkg.name));
  for (const [fuse, value] of Object.entries(REQUIRED_FUSES)) {
    const state = fuses[FUSE_ORDER.indexOf(fuse)];
    check(state === (value ? 49 : 48), `packaged executable: fuse ${fuse} is ${value ? 'on' : 'off'}`);
  }
} finally {
  await rm(work, { recursive: true, force: true });
}

console.log(
  problems.length === 0
    ? '\npackaging check passed'
    : `\npackaging check FAILED: ${problems.length} problem(s)`,
);
process.exit(problems.length === 0 ? 0 : 1);
