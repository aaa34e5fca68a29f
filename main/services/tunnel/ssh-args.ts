import { TunnelError, tunnelFailure } from './tunnel-error.ts';
import type { SshTunnelSpec } from './types.ts';

/** Seconds between keep-alives; three missed ones end ssh, so a dead link becomes a visible failure. */
export const SSH_ALIVE_INTERVAL_S = 15;

/** `user@host` split; the host is what the default public URL points at. */
export function parseSshTarget(target: string): { user?: string; host: string } {
  const at = target.lastIndexOf('@');
  const user = at > 0 ? target.slice(0, at) : undefined;
  const host = target.slice(at + 1);
  if (!host || /[\s/]/.test(host) || host.startsWith('-') || (user !== undefined && user.startsWith('-'))) {
    throw new TunnelError(
      tunnelFailure('bad-spec', `"${target}" is not an SSH target. Use user@host, e.g. meter@example.com.`),
    );
  }
  return user === undefined ? { host } : { user, host };
}

/**
 * The ssh command line for a reverse tunnel to the local listener. BatchMode: never wait for a password
 * prompt nobody sees. ExitOnForwardFailure: a refused forward ends ssh instead of leaving a useless session.
 * `-v` makes ssh say when the forward is in place (the only signal it gives).
 */
export function buildSshArgs(spec: SshTunnelSpec, localPort: number): string[] {
  parseSshTarget(spec.target);
  const bind = spec.remoteBind ?? '0.0.0.0';
  const remotePort = spec.remotePort ?? 0;
  const args = [
    '-v',
    '-N',
    '-T',
    '-o',
    'BatchMode=yes',
    '-o',
    'ExitOnForwardFailure=yes',
    '-o',
    `ServerAliveInterval=${SSH_ALIVE_INTERVAL_S}`,
    '-o',
    'ServerAliveCountMax=3',
    '-o',
    'StrictHostKeyChecking=accept-new',
  ];
  if (spec.knownHostsFile) args.push('-o', `UserKnownHostsFile=${spec.knownHostsFile}`);
  if (spec.identityFile) args.push('-i', spec.identityFile, '-o', 'IdentitiesOnly=yes');
  if (spec.port !== undefined) args.push('-p', String(spec.port));
  args.push('-R', `${bind}:${remotePort}:127.0.0.1:${localPort}`, '--', spec.target);
  return args;
}

/** The URL the cloud should call: the user's own, or `http://host:port` on the SSH server. */
export function sshPublicUrl(spec: SshTunnelSpec, remotePort: number): string {
  if (spec.publicUrl) return spec.publicUrl;
  const { host } = parseSshTarget(spec.target);
  return `http://${host.includes(':') ? `[${host}]` : host}:${remotePort}`;
}
