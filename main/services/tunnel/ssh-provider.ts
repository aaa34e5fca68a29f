import type { SpawnPort } from './child-process.ts';
import { exitFailure } from './exit-failure.ts';
import { findBinary } from './find-binary.ts';
import { LineTail } from './line-splitter.ts';
import type { TunnelProvider } from './provider.ts';
import { buildSshArgs, sshPublicUrl } from './ssh-args.ts';
import { parseSshLine } from './ssh-output.ts';
import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import type { SshTunnelSpec, TunnelFailure } from './types.ts';

/**
 * An SSH reverse tunnel (`ssh -R`) to the user's server. The URL is assigned only once ssh confirms the
 * remote forward; the public URL is `http://host:port` on that server unless the user gave their own.
 */
export function sshProvider(
  spec: SshTunnelSpec,
  ports: { spawn: SpawnPort; env: NodeJS.ProcessEnv },
): TunnelProvider {
  return async (ctx) => {
    const args = buildSshArgs(spec, ctx.localPort);
    const binary = findBinary(spec.binary ?? 'ssh', ports.env.PATH);
    if (!binary) throw new TunnelError(notFound());
    const child = ports.spawn(binary, args, ports.env);
    const tail = new LineTail(30);
    let fatalSeen: TunnelFailure | undefined;
    let remotePort = spec.remotePort ?? 0;
    child.onLine((_stream, line) => {
      const signal = parseSshLine(line);
      if (!line.startsWith('debug')) {
        tail.add(line);
        ctx.log(line);
      }
      if (signal?.kind === 'fatal') fatalSeen ??= signal.failure;
      if (signal?.kind !== 'forward-ready') return;
      if (signal.allocatedPort !== undefined) remotePort = signal.allocatedPort;
      if (remotePort !== 0) ctx.urlAssigned(sshPublicUrl(spec, remotePort));
    });
    void child.exited.then((exit) => {
      if (ctx.signal.aborted) return;
      if (exit.error)
        ctx.failed(
          exit.error.code === 'ENOENT'
            ? notFound()
            : tunnelFailure('process-exited', `ssh could not be started: ${exit.error.message}`),
        );
      else ctx.failed(exitFailure('ssh', fatalSeen, exit, tail.text()));
    });
    return {
      stop: async () => void (await child.stop()),
      hint: () =>
        `Check that the server lets the public in on port ${remotePort} (firewall) and binds it for everyone: GatewayPorts clientspecified (or yes) in its sshd_config.`,
    };
  };
}

function notFound(): TunnelFailure {
  return tunnelFailure(
    'binary-not-found',
    'The OpenSSH client (ssh) was not found on PATH. Install it (Debian: apt install openssh-client).',
  );
}
