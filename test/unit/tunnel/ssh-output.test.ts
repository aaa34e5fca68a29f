import { describe, expect, it } from 'vitest';
import { parseSshLine } from '../../../main/services/tunnel/index.ts';

// Lines as OpenSSH 9.x prints them with -v (captured from the real client against the test sshd).
describe('parseSshLine', () => {
  it('takes the port the server allocated for a dynamic remote forward', () => {
    expect(parseSshLine('Allocated port 42675 for remote forward to 127.0.0.1:9999')).toEqual({
      kind: 'forward-ready',
      allocatedPort: 42675,
    });
  });

  it('knows a fixed-port forward is in place once all forwarding replies arrived', () => {
    expect(parseSshLine('debug1: forwarding_success: all expected forwarding replies received')).toEqual({
      kind: 'forward-ready',
    });
    expect(
      parseSshLine('debug1: remote forward success for: listen 127.0.0.1:0, connect 127.0.0.1:9999'),
    ).toBeUndefined();
  });

  it('recognises a successful login', () => {
    expect(parseSshLine('Authenticated to 127.0.0.1 ([127.0.0.1]:22987) using "publickey".')).toEqual({
      kind: 'authenticated',
    });
  });

  it.each([
    ['meter@example.com: Permission denied (publickey).', 'ssh-auth'],
    ['Host key verification failed.', 'ssh-host-key'],
    ['@    WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED!     @', 'ssh-host-key'],
    ['Error: remote port forwarding failed for listen port 8080', 'ssh-forward-failed'],
    ['ssh: connect to host 127.0.0.1 port 1: Connection refused', 'ssh-connect'],
    ['ssh: Could not resolve hostname nowhere.invalid: Name or service not known', 'ssh-connect'],
    ['Timeout, server example.com not responding.', 'ssh-connect'],
  ])('maps %j to %s', (line, code) => {
    expect(parseSshLine(line)).toMatchObject({ kind: 'fatal', failure: { code } });
  });

  it('carries no signal for debug chatter', () => {
    expect(parseSshLine('debug1: Reading configuration data /etc/ssh/ssh_config')).toBeUndefined();
  });
});
