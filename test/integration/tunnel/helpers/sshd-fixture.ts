import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Debian's sshd; it must be started by absolute path (it re-executes itself). */
export const SSHD = '/usr/sbin/sshd';

/** A real OpenSSH server on 127.0.0.1 for the `ssh -R` tests, with its own host key and a client key. */
export interface SshdFixture {
  port: number;
  user: string;
  /** The private key sshd accepts. */
  identityFile: string;
  /** A key sshd does not accept. */
  wrongIdentityFile: string;
  /** known_hosts holding exactly this server's host key (never touches the user's own). */
  knownHostsFile: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('no port');
  return address.port;
}

/**
 * Starts sshd in a temp dir (`-D -e -f config`). As root, sshd needs its privilege-separation directory
 * /run/sshd (systemd normally creates it); as another user it runs unprivileged and only lets that user in.
 */
export async function startSshd(): Promise<SshdFixture> {
  if (process.getuid?.() === 0 && !existsSync('/run/sshd')) mkdirSync('/run/sshd', { mode: 0o755 });
  const dir = await mkdtemp(join(tmpdir(), 'ms-sshd-'));
  for (const name of ['host', 'client', 'stranger']) {
    await run('ssh-keygen', [
      '-q',
      '-t',
      'ed25519',
      '-N',
      '',
      '-C',
      `meterscope-test-${name}`,
      '-f',
      join(dir, name),
    ]);
  }
  await writeFile(join(dir, 'authorized_keys'), await readFile(join(dir, 'client.pub')), { mode: 0o600 });
  const hostPub = (await readFile(join(dir, 'host.pub'), 'utf8')).trim().split(' ').slice(0, 2).join(' ');
  for (let attempt = 0; attempt < 5; attempt++) {
    const port = await freePort();
    const config = [
      'ListenAddress 127.0.0.1',
      `Port ${port}`,
      `HostKey ${join(dir, 'host')}`,
      'PidFile none',
      `AuthorizedKeysFile ${join(dir, 'authorized_keys')}`,
      'StrictModes no',
      'PasswordAuthentication no',
      'KbdInteractiveAuthentication no',
      'PubkeyAuthentication yes',
      'PermitRootLogin prohibit-password',
      'AllowTcpForwarding yes',
      'GatewayPorts clientspecified',
      'UsePAM no',
      'PrintMotd no',
      'LogLevel VERBOSE',
    ].join('\n');
    await writeFile(join(dir, 'sshd_config'), `${config}\n`);
    await writeFile(join(dir, 'known_hosts'), `[127.0.0.1]:${port} ${hostPub}\n`);
    const child = spawn(SSHD, ['-D', '-e', '-f', join(dir, 'sshd_config')], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    const ready = await waitListening(child);
    if (!ready.ok) {
      if (/Address already in use/.test(ready.output)) continue;
      await rm(dir, { recursive: true, force: true });
      throw new Error(`sshd did not start:\n${ready.output}`);
    }
    return {
      port,
      user: userInfo().username,
      identityFile: join(dir, 'client'),
      wrongIdentityFile: join(dir, 'stranger'),
      knownHostsFile: join(dir, 'known_hosts'),
      async stop() {
        if (child.exitCode === null && child.signalCode === null) {
          const gone = new Promise((resolve) => child.once('close', resolve));
          child.kill('SIGTERM');
          await gone;
        }
        await rm(dir, { recursive: true, force: true });
      },
    };
  }
  await rm(dir, { recursive: true, force: true });
  throw new Error('sshd: no free port after 5 attempts');
}

/** Resolves when sshd logs "Server listening on", or with its output when it exits first. */
function waitListening(child: ChildProcess): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    let output = '';
    const onData = (d: Buffer) => {
      output += d.toString();
      if (/Server listening on 127\.0\.0\.1 port \d+/.test(output)) {
        child.stderr?.off('data', onData);
        child.stderr?.resume();
        resolve({ ok: true, output });
      }
    };
    child.stderr?.on('data', onData);
    child.once('error', (e) => resolve({ ok: false, output: `${output}${e.message}` }));
    child.once('close', () => resolve({ ok: false, output }));
  });
}
