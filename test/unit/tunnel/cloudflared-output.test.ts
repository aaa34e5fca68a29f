import { describe, expect, it } from 'vitest';
import { parseCloudflaredLine } from '../../../main/services/tunnel/index.ts';

// Lines as real cloudflared prints them (zerolog console format), from its issue tracker and quick_tunnel.go.
const BOX_URL =
  '2023-04-18T14:06:49Z INF |  https://buffalo-marco-cardiff-motel.trycloudflare.com                                     |';
const DISCLAIMER =
  '2023-05-19T20:42:42Z INF Thank you for trying Cloudflare Tunnel. Doing so, without a Cloudflare account, is a quick way to experiment and try it out. However, be aware that these account-less Tunnels have no uptime guarantee. If you intend to use Tunnels in production you should use a pre-created named tunnel by following: https://developers.cloudflare.com/cloudflare-one/connections/connect-apps';
const RATE_LIMITED =
  '2026-05-29T09:25:34Z ERR Error unmarshaling QuickTunnel response: error code: 1015 error="invalid character \'e\' looking for beginning of value" status_code="429 Too Many Requests"';

describe('parseCloudflaredLine', () => {
  it('finds the quick-tunnel URL in the box cloudflared draws', () => {
    expect(parseCloudflaredLine(BOX_URL)).toEqual({
      kind: 'url',
      url: 'https://buffalo-marco-cardiff-motel.trycloudflare.com',
    });
  });

  it('ignores the other cloudflare.com links and the quick-tunnel API host', () => {
    expect(parseCloudflaredLine(DISCLAIMER)).toBeUndefined();
    expect(
      parseCloudflaredLine('2024-01-01T00:00:00Z INF Requesting new quick Tunnel on trycloudflare.com...'),
    ).toBeUndefined();
    const dns =
      'failed to request quick Tunnel: Post "https://api.trycloudflare.com/tunnel": dial tcp: lookup api.trycloudflare.com on 127.0.0.11:53: no such host';
    expect(parseCloudflaredLine(dns)).toMatchObject({
      kind: 'fatal',
      failure: { code: 'quick-tunnel-unreachable' },
    });
  });

  it('names the 429 rate limit in the message, as cloudflared reported it', () => {
    const signal = parseCloudflaredLine(RATE_LIMITED);
    expect(signal).toMatchObject({ kind: 'fatal', failure: { code: 'rate-limited' } });
    expect(signal?.kind === 'fatal' && signal.failure.message).toContain('HTTP 429 Too Many Requests');
  });

  it('reports other HTTP errors of the quick-tunnel service with their status', () => {
    const line = RATE_LIMITED.replace('429 Too Many Requests', '502 Bad Gateway');
    const signal = parseCloudflaredLine(line);
    expect(signal).toMatchObject({ kind: 'fatal', failure: { code: 'quick-tunnel-refused' } });
    expect(signal?.kind === 'fatal' && signal.failure.message).toContain('502 Bad Gateway');
  });

  it('treats "failed to unmarshal quick Tunnel" and a missing tunnel ID as a refused tunnel', () => {
    for (const line of [
      "failed to unmarshal quick Tunnel: invalid character 'e' looking for beginning of value",
      'failed to parse quick Tunnel ID: invalid UUID length: 0',
    ]) {
      expect(parseCloudflaredLine(line)).toMatchObject({
        kind: 'fatal',
        failure: { code: 'quick-tunnel-refused' },
      });
    }
  });

  it('notes the edge location of a registered connection (not proof that traffic flows)', () => {
    const line =
      '2025-01-28T06:13:37Z INF Registered tunnel connection connIndex=0 connection=5c94b68c-6732-40c1-9b49-9f8f6c23521d event=0 ip=198.41.192.67 location=las01 protocol=quic';
    expect(parseCloudflaredLine(line)).toEqual({ kind: 'connected', location: 'las01' });
  });

  it('turns edge connection errors into a warning that names port 7844 and keeps the error text', () => {
    const lines = [
      '2025-07-07T15:38:26Z ERR Failed to dial a quic connection error="failed to dial to edge with quic: timeout: no recent network activity" connIndex=0 event=0',
      '2022-12-07T07:52:13Z ERR Unable to establish connection with Cloudflare edge error="DialContext error: dial tcp 198.41.200.13:7844: i/o timeout" connIndex=0 ip=198.41.200.13',
    ];
    const [quic, tcp] = lines.map(parseCloudflaredLine);
    expect(quic).toMatchObject({
      kind: 'warning',
      message: expect.stringContaining('no recent network activity'),
    });
    expect(tcp).toMatchObject({ kind: 'warning', message: expect.stringContaining('7844') });
  });

  it('warns when cloudflared cannot reach the local listener', () => {
    const line =
      '2022-04-26T14:21:59Z ERR  error="Unable to reach the origin service. The service may be down or it may not be responding to traffic from cloudflared: EOF" cfRay=701ff7ce7840a3af-MRS ingressRule=0 originService=http://localhost:8080';
    expect(parseCloudflaredLine(line)).toMatchObject({
      kind: 'warning',
      message: expect.stringContaining('local listener'),
    });
  });

  it('carries no signal for ordinary info lines', () => {
    expect(parseCloudflaredLine('2025-07-02T16:42:40Z INF Initial protocol quic')).toBeUndefined();
    expect(parseCloudflaredLine('2025-07-02T16:42:40Z INF Version 2025.6.1')).toBeUndefined();
  });
});
