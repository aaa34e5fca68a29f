#!/usr/bin/env node
// `npm test`: every check in order, each step's outcome kept, and one closing summary.
// Provisions what the tests need when it can (Debian packages as root), and says exactly what is missing when it cannot.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const only = process.argv.slice(2);
const fast = process.env.METERSCOPE_TEST_FAST === '1';

/** Debian packages the suites use, with the command that proves each is present. */
const systemNeeds = [
  {
    pkg: 'protobuf-compiler',
    probe: 'protoc',
    why: 'independent protobuf encoder for the decoder cross-checks',
  },
  { pkg: 'chromium', probe: 'chromium', why: 'browser for the Playwright end-to-end tests' },
  {
    pkg: 'openssh-server',
    probe: 'sshd',
    path: '/usr/sbin/sshd',
    why: 'real sshd for the ssh -R tunnel test',
  },
];

function has(cmd, path) {
  if (path && existsSync(path)) return true;
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function provision() {
  const missing = systemNeeds.filter((n) => !has(n.probe, n.path));
  if (missing.length === 0) return [];
  const canApt = process.getuid?.() === 0 && has('apt-get');
  if (canApt) {
    console.log(`\n▶ provisioning: apt-get install ${missing.map((m) => m.pkg).join(' ')}`);
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    spawnSync('apt-get', ['install', '-y', '-qq', ...missing.map((m) => m.pkg)], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  return systemNeeds.filter((n) => !has(n.probe, n.path));
}

const steps = [
  { name: 'format', cmd: 'npx', args: ['prettier', '--check', '.', '--log-level', 'warn'] },
  { name: 'lint', cmd: 'npx', args: ['eslint', '--max-warnings', '0', '.'] },
  { name: 'typecheck', cmd: 'npx', args: ['tsc', '-b'] },
  {
    name: 'svelte-check',
    cmd: 'npx',
    args: ['svelte-check', '--tsconfig', 'renderer/tsconfig.json', '--fail-on-warnings', '--output', 'human'],
  },
  { name: 'unit', cmd: 'npx', args: ['vitest', 'run', '--project', 'unit'] },
  { name: 'integration', cmd: 'npx', args: ['vitest', 'run', '--project', 'integration'] },
  { name: 'e2e', cmd: 'npx', args: ['playwright', 'test'], when: () => existsSync('playwright.config.ts') },
  {
    name: 'packaging',
    cmd: 'node',
    args: ['build/scripts/check-packaging.mjs'],
    when: () => existsSync('build/scripts/check-packaging.mjs'),
  },
].filter((s) => only.length === 0 || only.includes(s.name));

const stillMissing = provision();
for (const m of stillMissing) {
  console.error(
    `\n✖ missing: ${m.probe} (${m.why}). Install it with: sudo apt-get install -y ${m.pkg}\n` +
      '  The tests that need it fail and say so.',
  );
}

const results = [];
for (const step of steps) {
  if (step.when && !step.when()) {
    results.push({ name: step.name, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n▶ ${step.name}: ${step.cmd} ${step.args.join(' ')}`);
  const t0 = Date.now();
  const r = spawnSync(step.cmd, step.args, { stdio: 'inherit', env: process.env });
  const seconds = (Date.now() - t0) / 1000;
  results.push({ name: step.name, status: r.status === 0 ? 'passed' : 'FAILED', seconds });
  if (r.status !== 0 && fast) break;
}

console.log('\n──────── npm test summary ────────');
for (const r of results) {
  const mark = r.status === 'passed' ? '✔' : r.status === 'skipped' ? '–' : '✖';
  console.log(`${mark} ${r.name.padEnd(14)} ${r.status.padEnd(8)} ${r.seconds.toFixed(1)} s`);
}
for (const m of stillMissing) console.log(`✖ system package missing: ${m.pkg} (${m.why})`);
const failed = results.filter((r) => r.status === 'FAILED');
console.log(
  failed.length === 0 && stillMissing.length === 0 ? 'ALL GREEN' : `${failed.length} step(s) failed`,
);
process.exit(failed.length === 0 && stillMissing.length === 0 ? 0 : 1);
