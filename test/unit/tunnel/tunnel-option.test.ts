import { describe, expect, it } from 'vitest';
import { parseTunnelOption } from '../../../main/services/tunnel/index.ts';

describe('--tunnel option', () => {
  it('reads every documented form', () => {
    expect(parseTunnelOption('url:https://hooks.example.com/ms', {})).toEqual({
      kind: 'url',
      url: 'https://hooks.example.com/ms',
    });
    expect(parseTunnelOption('cloudflared', {})).toEqual({ kind: 'cloudflared' });
    expect(parseTunnelOption('cloudflared:/opt/cf/cloudflared', {})).toEqual({
      kind: 'cloudflared',
      binary: '/opt/cf/cloudflared',
    });
    expect(parseTunnelOption('ssh:meter@example.com', {})).toEqual({
      kind: 'ssh',
      target: 'meter@example.com',
    });
    expect(parseTunnelOption('ssh:meter@example.com:2222', {})).toEqual({
      kind: 'ssh',
      target: 'meter@example.com',
      port: 2222,
    });
  });

  it('takes the ngrok authtoken from NGROK_AUTHTOKEN, not the command line', () => {
    expect(parseTunnelOption('ngrok', { NGROK_AUTHTOKEN: 'tok' })).toEqual({
      kind: 'ngrok',
      authtoken: 'tok',
    });
    expect(parseTunnelOption('ngrok', {})).toEqual({ kind: 'ngrok', authtoken: '' });
    expect(() => parseTunnelOption('ngrok:tok', {})).toThrow(/not understood/);
  });

  it('explains the accepted forms for anything else', () => {
    for (const bad of ['', 'url:', 'ssh:', 'frp', 'localtunnel:x']) {
      expect(() => parseTunnelOption(bad, {})).toThrow(
        expect.objectContaining({ code: 'bad-spec', message: expect.stringContaining('url:<public-url>') }),
      );
    }
  });
});
