import { tunnelFailure } from './tunnel-error.ts';
import type { TunnelFailure } from './types.ts';

/** What one line of `ssh -v -N -R ...` stderr means to us. */
export type SshSignal =
  | { kind: 'authenticated' }
  | { kind: 'forward-ready'; allocatedPort?: number }
  | { kind: 'fatal'; failure: TunnelFailure }
  | { kind: 'warning'; message: string };

const ALLOCATED = /^Allocated port (\d+) for remote forward to /;

/**
 * Parses one stderr line of the OpenSSH client. With a fixed remote port ssh says
 * `remote forward success for: listen ...`; with port 0 the server picks one and ssh prints
 * `Allocated port N for remote forward to ...`; `forwarding_success: all expected forwarding replies
 * received` closes both. Errors are OpenSSH's own words (`Permission denied (publickey).` ...).
 */
export function parseSshLine(line: string): SshSignal | undefined {
  const allocated = ALLOCATED.exec(line);
  if (allocated) return { kind: 'forward-ready', allocatedPort: Number(allocated[1]) };
  if (/forwarding_success: all expected forwarding replies received/.test(line)) {
    return { kind: 'forward-ready' };
  }
  if (/^Authenticated to /.test(line)) return { kind: 'authenticated' };
  if (/Permission denied \(/.test(line)) {
    return fatal(
      'ssh-auth',
      'The SSH server refused the login. Check the user name and that the key (identity file) is in the server’s authorized_keys; Meterscope cannot type passwords (BatchMode).',
    );
  }
  if (/Host key verification failed|REMOTE HOST IDENTIFICATION HAS CHANGED/.test(line)) {
    return fatal(
      'ssh-host-key',
      'The SSH server’s host key does not match the one in known_hosts. If the server was reinstalled, update known_hosts after checking the new key with its administrator.',
    );
  }
  if (/remote port forwarding failed for listen port/.test(line)) {
    return fatal(
      'ssh-forward-failed',
      'The SSH server refused the reverse port forward: the remote port may be in use, or the server forbids forwarding (AllowTcpForwarding / GatewayPorts in sshd_config).',
    );
  }
  if (
    /^ssh: (connect to host|Could not resolve hostname)|Connection timed out during banner exchange|Connection closed by|kex_exchange_identification/.test(
      line,
    )
  ) {
    return fatal(
      'ssh-connect',
      'Could not connect to the SSH server. Check the host name, the port and the network.',
    );
  }
  if (/^Timeout, server .* not responding/.test(line)) {
    return fatal('ssh-connect', 'The SSH server stopped answering; the connection was lost.');
  }
  if (/^Warning: remote port forwarding failed/.test(line)) {
    return { kind: 'warning', message: line };
  }
  return undefined;
}

function fatal(code: TunnelFailure['code'], message: string): SshSignal {
  return { kind: 'fatal', failure: tunnelFailure(code, message) };
}
