import { describe, expect, it } from 'vitest';
import { buildSshArgs, parseSshTarget, sshPublicUrl } from '../../../main/services/tunnel/ssh-args.ts';

describe('ssh command line', () => {
  it('never prompts, exits on a refused forward, keeps the link alive and forwards to the listener', () => {
    const args = buildSshArgs(
      { kind: 'ssh', target: 'meter@example.com', port: 2222, identityFile: '/k' },
      4321,
    );
    const joined = args.join(' ');
    expect(joined).toContain('-o BatchMode=yes');
    expect(joined).toContain('-o ExitOnForwardFailure=yes');
    expect(joined).toMatch(/-o ServerAliveInterval=\d+/);
    expect(joined).toContain('-i /k -o IdentitiesOnly=yes');
    expect(joined).toContain('-p 2222');
    expect(args.slice(-4)).toEqual(['-R', '0.0.0.0:0:127.0.0.1:4321', '--', 'meter@example.com']);
  });

  it('uses the given remote port and bind address, and a given known_hosts file', () => {
    const args = buildSshArgs(
      { kind: 'ssh', target: 'h', remotePort: 8080, remoteBind: '127.0.0.1', knownHostsFile: '/kh' },
      1,
    );
    expect(args).toContain('127.0.0.1:8080:127.0.0.1:1');
    expect(args).toContain('UserKnownHostsFile=/kh');
  });

  it('refuses targets that ssh would read as options', () => {
    expect(() => parseSshTarget('-oProxyCommand=touch /tmp/x')).toThrow(/not an SSH target/);
    expect(() => parseSshTarget('-oProxyCommand=x@host')).toThrow(/not an SSH target/);
    expect(() => parseSshTarget('user@')).toThrow(/not an SSH target/);
  });

  it('points the public URL at the server unless the user gave one', () => {
    expect(sshPublicUrl({ kind: 'ssh', target: 'u@hooks.example.com' }, 8080)).toBe(
      'http://hooks.example.com:8080',
    );
    expect(sshPublicUrl({ kind: 'ssh', target: 'u@::1' }, 8080)).toBe('http://[::1]:8080');
    expect(sshPublicUrl({ kind: 'ssh', target: 'u@h', publicUrl: 'https://x.example' }, 8080)).toBe(
      'https://x.example',
    );
  });
});
